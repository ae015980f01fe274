package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.JavaFile;
import io.github.aria2j.codegen.model.ApiModel;
import java.util.List;

/** One kind of generated artifact (records, codecs, options, ...): a pure function from the model to files. */
@FunctionalInterface
public interface SourceEmitter {

    /**
     * Emits the files of this artifact kind.
     *
     * @param model the resolved model
     * @param context the packages, names and annotations shared by all emitters
     * @return the files, in schema order
     */
    List<JavaFile> emit(ApiModel model, EmitContext context);
}
