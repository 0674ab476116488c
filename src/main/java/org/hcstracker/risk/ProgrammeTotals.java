package org.hcstracker.risk;

import java.util.List;

import org.hcstracker.shared.ViewModel;

/**
 * The whole programme at a glance: how many apprentices stand in each status, those on
 * programme by their red, amber or green, by division and by employer.
 *
 * @param divisions a row for each division, in order
 * @param employers a row for each employer with apprentices, by name
 */
@ViewModel
public record ProgrammeTotals(List<Row> divisions, List<Row> employers) {

	public ProgrammeTotals {
		divisions = List.copyOf(divisions);
		employers = List.copyOf(employers);
	}

	/**
	 * The totals over every division.
	 * @return the totals
	 */
	public Row overall() {
		Row sum = new Row("", 0, 0, 0, 0, 0, 0, 0, 0);
		for (Row row : this.divisions) {
			sum = new Row("", sum.red + row.red, sum.amber + row.amber, sum.green + row.green,
					sum.onBreak + row.onBreak, sum.atGateway + row.atGateway, sum.inEpa + row.inEpa,
					sum.completed + row.completed, sum.withdrawn + row.withdrawn);
		}
		return sum;
	}

	/**
	 * The apprentices of one division or employer by status.
	 *
	 * @param name the division's code, or the employer's name
	 * @param red on programme, red
	 * @param amber on programme, amber
	 * @param green on programme, green
	 * @param onBreak on a break in learning
	 * @param atGateway at gateway
	 * @param inEpa in end-point assessment
	 * @param completed completed
	 * @param withdrawn withdrawn
	 */
	public record Row(String name, long red, long amber, long green, long onBreak, long atGateway, long inEpa,
			long completed, long withdrawn) {

		/**
		 * Every apprentice of the row.
		 * @return the total
		 */
		public long total() {
			return this.red + this.amber + this.green + this.onBreak + this.atGateway + this.inEpa + this.completed
					+ this.withdrawn;
		}

		/**
		 * Those still on the programme: on programme, on a break, at gateway or in EPA.
		 * @return the number
		 */
		public long active() {
			return this.red + this.amber + this.green + this.onBreak + this.atGateway + this.inEpa;
		}

	}

}
