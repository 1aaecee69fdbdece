package org.integritygraph;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LauncherTest {

	@Test
	void problem_namesTheRequiredAndTheRunningJava() {
		assertThat(Launcher.problem(17, "/usr/lib/jvm/java-17")).startsWith(
				"Integrity Graph needs Java 21 or newer; this is Java 17 (/usr/lib/jvm/java-17).");
	}

	@Test
	void problem_noneFrom21On() {
		assertThat(Launcher.problem(21, "x")).isNull();
		assertThat(Launcher.problem(25, "x")).isNull();
	}

}
