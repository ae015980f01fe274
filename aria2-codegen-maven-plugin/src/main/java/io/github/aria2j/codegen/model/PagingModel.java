package io.github.aria2j.codegen.model;

/**
 * The params that select one page of a paged method's list result. The client gets variants of such a
 * method that fetch page after page, giving these two params themselves.
 *
 * @param offset the param holding where the page starts: a required {@code int} param of the method
 * @param limit the param holding the largest number of items in a page: another required {@code int} param
 */
public record PagingModel(ParamModel offset, ParamModel limit) {

    /**
     * Whether a param is one of the two that select the page, which the paged variants leave out.
     *
     * @param param a param of the method
     * @return true for the offset and the limit param
     */
    public boolean selects(ParamModel param) {
        return param.wireName().equals(offset.wireName()) || param.wireName().equals(limit.wireName());
    }
}
