package org.integritygraph.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The resident identity number (公民身份号码) of GB 11643-1999: 6 digits of the address code, 8 of the
 * birth date, 3 of the sequence and a check character (0-9 or X) by ISO 7064 MOD 11-2.
 */
public final class ResidentId {

	public static final int LENGTH = 18;

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	private ResidentId() {
	}

	/** Whether {@code number} has 17 digits forming a real birth date and the right check character. */
	public static boolean isValid(String number) {
		if (number == null || number.length() != LENGTH) {
			return false;
		}
		for (int i = 0; i < LENGTH - 1; i++) {
			if (!Character.isDigit(number.charAt(i)) || number.charAt(i) > '9') {
				return false;
			}
		}
		try {
			LocalDate.parse(number.substring(6, 14), BIRTH_DATE);
		}
		catch (DateTimeParseException ex) {
			return false;
		}
		return checkCharacter(number.substring(0, LENGTH - 1)) == number.charAt(LENGTH - 1);
	}

	/** The check character of the first 17 digits. */
	static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < LENGTH - 1; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}

}
