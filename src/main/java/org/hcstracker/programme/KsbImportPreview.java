package org.hcstracker.programme;

import java.io.Serializable;
import java.util.List;
import org.hcstracker.shared.ViewModel;

/**
 * What importing a file into a standard version would do, shown before anything is
 * stored.
 *
 * @param additions statements whose codes are new to the version
 * @param changes statements whose area or text would change
 * @param unchanged how many rows match what the version already holds
 * @param untouched how many of the version's statements are not in the file, and stay as
 * they are
 */
@ViewModel
public record KsbImportPreview(List<Addition> additions, List<Change> changes, int unchanged,
		int untouched) implements Serializable {

	/**
	 * Whether the import would change anything.
	 * @return true if it adds or changes a statement
	 */
	public boolean changesSomething() {
		return !this.additions.isEmpty() || !this.changes.isEmpty();
	}

	/**
	 * A statement to add.
	 *
	 * @param code its code
	 * @param area its programme area
	 * @param statement its text
	 */
	public record Addition(String code, int area, String statement) implements Serializable {
	}

	/**
	 * A statement to change.
	 *
	 * @param code its code
	 * @param areaBefore its area now
	 * @param areaAfter its area after the import
	 * @param statementBefore its text now
	 * @param statementAfter its text after the import
	 * @param retired whether it is retired (and stays so)
	 */
	public record Change(String code, int areaBefore, int areaAfter, String statementBefore, String statementAfter,
			boolean retired) implements Serializable {
	}

}
