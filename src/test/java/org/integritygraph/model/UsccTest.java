package org.integritygraph.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UsccTest {

	/** 100 real codes published online (python-stdnum's test data), all valid. */
	private static final List<String> REAL_CODES = readCodes("/identifiers/uscc-valid.txt");

	@Test
	void weights_arePowersOfThreeModulo31() {
		var weights = new ArrayList<Integer>();
		for (int i = 0; i < 17; i++) {
			var first17 = "0".repeat(i) + "1" + "0".repeat(16 - i);
			// With a single 1 at position i the weighted sum is the weight itself.
			weights.add((31 - Uscc.ALPHABET.indexOf(Uscc.checkCharacter(first17))) % 31);
		}
		assertThat(weights).containsExactly(1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28);
	}

	@Test
	void isValid_acceptsEveryRealCode() {
		assertThat(REAL_CODES).hasSize(100).allMatch(Uscc::isValid);
	}

	@Test
	void isValid_rejectsEveryCodeWithOneCharacterChanged() {
		var mutants = 0;
		for (var code : REAL_CODES) {
			for (int position = 0; position < Uscc.LENGTH; position++) {
				for (var replacement : Uscc.ALPHABET.toCharArray()) {
					if (replacement != code.charAt(position)) {
						var mutant = code.substring(0, position) + replacement + code.substring(position + 1);
						assertThat(Uscc.isValid(mutant)).as(mutant).isFalse();
						mutants++;
					}
				}
			}
		}
		assertThat(mutants).isEqualTo(100 * 18 * 30);
	}

	@Test
	void isValid_rejectsWrongLengthsForbiddenLettersAndLowerCase() {
		assertThat(Uscc.isValid("91310112087994932F")).isTrue();
		assertThat(Uscc.isValid("91310112087994932")).isFalse();
		assertThat(Uscc.isValid("91310112087994932F0")).isFalse();
		assertThat(Uscc.isValid("")).isFalse();
		assertThat(Uscc.isValid(null)).isFalse();
		// Lower case, and the letters the standard leaves out (I O Z S V), are not in the alphabet.
		assertThat(Uscc.isValid("91152201078377449p")).isFalse();
		assertThat(Uscc.isValid("91152201078377449P")).isTrue();
		for (var forbidden : List.of("I", "O", "Z", "S", "V")) {
			assertThat(Uscc.isValid("9131011208799493" + forbidden + "F")).as(forbidden).isFalse();
		}
	}

	@Test
	void checkCharacter_isComputedFromTheFirst17Characters() {
		assertThat(Uscc.checkCharacter("91310112087994932")).isEqualTo('F');
		assertThat(Uscc.checkCharacter("12120000401359081")).isEqualTo('6');
		assertThat(Uscc.checkCharacter("91990100MA0000001")).isEqualTo('G');
	}

	private static List<String> readCodes(String resource) {
		try (InputStream in = UsccTest.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
				.filter(line -> !line.isEmpty())
				.toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
