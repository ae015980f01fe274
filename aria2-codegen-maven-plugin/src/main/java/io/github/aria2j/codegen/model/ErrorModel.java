package io.github.aria2j.codegen.model;

/**
 * An error a method gives (JSON-RPC code 1).
 *
 * @param message the message as aria2 sends it; {@code {placeholders}} stand for inserted values
 * @param meaning when the error happens
 */
public record ErrorModel(String message, String meaning) {
}
