package org.careloop.inference.knowledge;

/** A Markdown file of the knowledge base: its name (for messages and ordering) and content. */
public record SourceFile(String name, String content) {}
