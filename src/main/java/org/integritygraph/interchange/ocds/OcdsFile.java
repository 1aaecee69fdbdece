package org.integritygraph.interchange.ocds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An OCDS or OC4IDS file as read: its contracting processes (compiled from their releases), its OC4IDS
 * projects, and what the packages said about themselves.
 */
final class OcdsFile {

	/** A release's date and tags: when the process reached which stage. */
	record Stamp(String date, List<String> tags) {
	}

	/**
	 * One contracting process.
	 *
	 * @param compiled its current state
	 * @param history the date and tags of each of its releases, when known
	 * @param origin where it is in the file
	 */
	record Process(String ocid, ObjectNode compiled, List<Stamp> history, String origin) {
	}

	/** An OC4IDS project and where it is in the file. */
	record Project(JsonNode json, String origin) {
	}

	final List<Process> processes = new ArrayList<>();

	final List<Project> projects = new ArrayList<>();

	final List<String> errors = new ArrayList<>();

	final List<String> notes = new ArrayList<>();

	/** Fields of packages and records not mapped, by path. */
	final Map<String, Integer> unmapped = new TreeMap<>();

	/** Whether a package declares the PPP extension. */
	boolean pppExtension;

}
