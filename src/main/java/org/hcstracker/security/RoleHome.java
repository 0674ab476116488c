package org.hcstracker.security;

import org.hcstracker.people.Role;

/**
 * Where each role's own area and home page are.
 */
public final class RoleHome {

	private RoleHome() {
	}

	/**
	 * The path of a role's home page, which is also the root of its area.
	 * @param role the role
	 * @return the path, for example {@code /coach}
	 */
	public static String of(Role role) {
		return switch (role) {
			case APPRENTICE -> "/apprentice";
			case COACH -> "/coach";
			case EMPLOYER -> "/employer";
			case ASSESSOR -> "/assessor";
			case ADMIN -> "/admin";
		};
	}

}
