package org.integritygraph.document;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The arguments of {@code documents import}, read in one method. */
class DocumentsCommandArgumentsTest {

	@Test
	void filesAndOptions_inAnyOrder_withOrWithoutEquals() {
		var arguments = DocumentsCommand.Arguments.parse(List.of("import", "a.txt", "--issuer=bd-zw", "b.md",
				"--aliases", "mine.tsv", "--create-provisional", "--dry-run"));

		assertThat(arguments.files()).containsExactly(Path.of("a.txt"), Path.of("b.md"));
		assertThat(arguments.issuerId()).isEqualTo("bd-zw");
		assertThat(arguments.aliases()).isEqualTo(Path.of("mine.tsv"));
		assertThat(arguments.createProvisional()).isTrue();
		assertThat(arguments.dryRun()).isTrue();
	}

	@Test
	void mistakes_sayWhatIsWrong() {
		assertThatIllegalArgumentException().isThrownBy(() -> DocumentsCommand.Arguments.parse(List.of()))
			.withMessageContaining("sub-command");
		assertThatIllegalArgumentException().isThrownBy(() -> DocumentsCommand.Arguments.parse(List.of("export", "a")))
			.withMessageContaining("export");
		assertThatIllegalArgumentException().isThrownBy(() -> DocumentsCommand.Arguments.parse(List.of("import")))
			.withMessage("Missing FILE");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DocumentsCommand.Arguments.parse(List.of("import", "a.txt", "--issuer")))
			.withMessage("Missing value of --issuer");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DocumentsCommand.Arguments.parse(List.of("import", "a.txt", "--force")))
			.withMessage("Unknown option --force");
	}

}
