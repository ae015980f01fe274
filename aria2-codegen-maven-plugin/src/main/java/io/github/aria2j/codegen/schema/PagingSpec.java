package io.github.aria2j.codegen.schema;

import io.github.aria2j.codegen.diagnostic.SchemaPath;

/**
 * The {@code paging} of a method that returns one page of a list: which of its params select the page.
 *
 * @param path where the object is
 * @param offset the name of the param holding where the page starts
 * @param limit the name of the param holding the largest number of items in a page
 */
public record PagingSpec(SchemaPath path, String offset, String limit) {
}
