package org.integritygraph.model;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a
 * 31-character alphabet, the last one a check character over the first 17.
 */
public final class Uscc {

	public static final int LENGTH = 18;

	// The digits and the capital letters without I, O, Z, S and V, which read like 1, 0, 2, 5, U.
	public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int MODULUS = ALPHABET.length();

	private static final int[] WEIGHTS = weights();

	private Uscc() {
	}

	/** Whether {@code code} is an 18-character code whose last character is its check character. */
	public static boolean isValid(String code) {
		if (code == null || code.length() != LENGTH) {
			return false;
		}
		for (int i = 0; i < LENGTH; i++) {
			if (ALPHABET.indexOf(code.charAt(i)) < 0) {
				return false;
			}
		}
		return checkCharacter(code.substring(0, LENGTH - 1)) == code.charAt(LENGTH - 1);
	}

	/** The check character of the first 17 characters of a code, all from the alphabet. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < LENGTH - 1; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return ALPHABET.charAt((MODULUS - sum % MODULUS) % MODULUS);
	}

	/** 3^i mod 31: 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28. */
	private static int[] weights() {
		var weights = new int[LENGTH - 1];
		weights[0] = 1;
		for (int i = 1; i < weights.length; i++) {
			weights[i] = weights[i - 1] * 3 % MODULUS;
		}
		return weights;
	}

}
