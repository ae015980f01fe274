package io.github.aria2j.codegen.model;

import static io.github.aria2j.codegen.testing.TestSchemas.at;
import static io.github.aria2j.codegen.testing.TestSchemas.minimal;
import static io.github.aria2j.codegen.testing.TestSchemas.model;
import static io.github.aria2j.codegen.testing.TestSchemas.object;
import static io.github.aria2j.codegen.testing.TestSchemas.problems;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Rules on a method's {@code paging}: both names are required int params of the method, two different ones, the
 * result is a list, and no param takes the name of the paged variants' {@code pageSize}. Each test adds a paged
 * {@code aria2.tellWaiting} (offset, num, keys) as {@code $.methods[3]} to the minimal document and breaks one thing.
 */
class PagingRulesTest {

    @Test
    void pagingOfRequiredIntParamsAndAListResultIsInTheModel() {
        ObjectNode document = withTellWaiting(minimal());

        MethodModel method = model(document).methods().get(3);

        assertThat(method.paging()).hasValueSatisfying(paging -> {
            assertThat(paging.offset().wireName()).isEqualTo("offset");
            assertThat(paging.limit().wireName()).isEqualTo("num");
            assertThat(method.params()).filteredOn(paging::selects).extracting(ParamModel::wireName)
                    .containsExactly("offset", "num");
        });
        assertThat(model(minimal()).methods()).allSatisfy(other -> assertThat(other.paging()).isEmpty());
    }

    @Test
    void offsetMustNameAParam() {
        assertThat(problemsAfter(method -> paging(method).put("offset", "start"))).containsExactly(
                "$.methods[3].paging.offset (file test.json): paging offset 'start' is not a param of method"
                        + " 'aria2.tellWaiting'; its params: offset, num, keys");
    }

    @Test
    void limitMustBeARequiredParam() {
        assertThat(problemsAfter(method -> {
            ((ArrayNode) method.get("params")).remove(2);
            param(method, 1).put("required", false);
        })).containsExactly("$.methods[3].paging.limit (file test.json): paging limit 'num' must be a required int"
                + " param, as every page request gives it; it is optional and of type 'int'");
    }

    @Test
    void offsetMustBeAnIntParam() {
        assertThat(problemsAfter(method -> param(method, 0).put("type", "long"))).containsExactly(
                "$.methods[3].paging.offset (file test.json): paging offset 'offset' must be a required int param, as"
                        + " every page request gives it; it is required and of type 'long'");
    }

    @Test
    void offsetAndLimitMustBeTwoParams() {
        assertThat(problemsAfter(method -> paging(method).put("limit", "offset"))).containsExactly(
                "$.methods[3].paging.limit (file test.json): paging offset and limit both name 'offset'; they must"
                        + " name two different params");
    }

    @Test
    void resultMustBeAList() {
        assertThat(problemsAfter(method -> ((ObjectNode) method.get("result")).put("type", "DownloadStatus")
                .put("wire", "object"))).containsExactly("$.methods[3].paging (file test.json): paging needs a list"
                + " result, but method 'aria2.tellWaiting' returns 'DownloadStatus'");
    }

    @Test
    void pagingNeedsBothNamesAndNothingElse() {
        assertThat(problemsAfter(method -> paging(method).put("step", "num").remove("limit"))).containsExactly(
                "$.methods[3].paging (file test.json): missing required field 'limit'",
                "$.methods[3].paging.step (file test.json): unknown field 'step'; expected one of: offset, limit");
    }

    @Test
    void noParamOfAPagedMethodMayTakeTheNamePageSize() {
        assertThat(problemsAfter(method -> param(method, 2).put("javaName", "pageSize"))).containsExactly(
                "$.methods[3].params[2].javaName (file test.json): param 'keys' of method 'aria2.tellWaiting' has the"
                        + " Java name 'pageSize', which the method's paged variants (it has paging) take first; give"
                        + " the param another javaName");
        assertThat(problemsAfter(method -> param(method, 1).put("name", "pageSize"), "pageSize")).containsExactly(
                "$.methods[3].params[1].name (file test.json): param 'pageSize' of method 'aria2.tellWaiting' has the"
                        + " Java name 'pageSize', which the method's paged variants (it has paging) take first; give"
                        + " the param another javaName");
        assertThat(problems(unpaged(param -> param.put("javaName", "pageSize")))).isEmpty();
    }

    /** A paged {@code aria2.tellWaiting} appended to {@code document}'s methods. */
    static ObjectNode withTellWaiting(ObjectNode document) {
        ((ArrayNode) document.get("methods")).add(object("""
                {
                  "name": "aria2.tellWaiting",
                  "summary": "Tells a page of the waiting downloads.",
                  "manualAnchor": "aria2.tellWaiting",
                  "token": "required",
                  "params": [
                    {"name": "offset", "type": "int", "required": true, "description": "Where the page starts."},
                    {"name": "num", "type": "int", "required": true, "description": "The page size."},
                    {"name": "keys", "type": "list<string>", "keysOf": "DownloadStatus", "required": false,
                     "description": "Keys."}
                  ],
                  "result": {"type": "list<DownloadStatus>", "wire": "array<object>", "description": "The page."},
                  "errors": [],
                  "paging": {"offset": "offset", "limit": "num"}
                }"""));
        return document;
    }

    private static ObjectNode unpaged(Consumer<ObjectNode> editKeys) {
        ObjectNode document = withTellWaiting(minimal());
        ObjectNode method = at(document, "methods", 3);
        method.remove("paging");
        editKeys.accept(param(method, 2));
        return document;
    }

    private static ObjectNode paging(ObjectNode method) {
        return (ObjectNode) method.get("paging");
    }

    private static ObjectNode param(ObjectNode method, int index) {
        return at(method, "params", index);
    }

    private static List<String> problemsAfter(Consumer<ObjectNode> edit) {
        ObjectNode document = withTellWaiting(minimal());
        edit.accept(at(document, "methods", 3));
        return problems(document);
    }

    /** Like {@link #problemsAfter(Consumer)}, with the paging's limit renamed to {@code limit}. */
    private static List<String> problemsAfter(Consumer<ObjectNode> edit, String limit) {
        return problemsAfter(edit.andThen(method -> paging(method).put("limit", limit)));
    }
}
