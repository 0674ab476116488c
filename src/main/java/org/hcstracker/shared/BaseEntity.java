package org.hcstracker.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;

/**
 * The project's single id and equality policy. Every entity has a database-generated
 * {@code bigint} identity. Two entities are equal when they are of the same (unproxied)
 * class and carry the same non-null id; an entity not yet saved equals only itself. The
 * hash code is constant per class, so an entity keeps its place in a hash set when it is
 * saved and receives its id.
 */
@MappedSuperclass
public abstract class BaseEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	public @Nullable Long getId() {
		return this.id;
	}

	/**
	 * The id of an entity that has been saved.
	 * @return the id
	 * @throws IllegalStateException if the entity has not been saved yet
	 */
	public long requireId() {
		if (this.id == null) {
			throw new IllegalStateException(getClass().getSimpleName() + " has not been saved yet");
		}
		return this.id;
	}

	@Override
	public final boolean equals(@Nullable Object other) {
		if (this == other) {
			return true;
		}
		if (other == null || Hibernate.getClass(this) != Hibernate.getClass(other)) {
			return false;
		}
		return this.id != null && this.id.equals(((BaseEntity) other).getId());
	}

	@Override
	public final int hashCode() {
		return Hibernate.getClass(this).hashCode();
	}

}
