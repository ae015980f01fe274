package io.github.aria2j.codegen;

import java.nio.file.Path;
import java.util.List;

/**
 * What a run did in the output directory. Paths are relative to the output directory (e.g.
 * {@code io/github/aria2j/client/Aria2Client.java}) and sorted, so that messages hold no machine paths.
 *
 * @param written generated files whose content was new or changed, and was written
 * @param unchanged generated files whose content was already there, and were left untouched
 * @param deleted files an earlier run generated that are no longer generated, and were deleted
 */
public record GenerationResult(List<Path> written, List<Path> unchanged, List<Path> deleted) {

    /**
     * Creates the record; copies the lists so that the record stays immutable.
     *
     * @param written generated files that were written
     * @param unchanged generated files that were left untouched
     * @param deleted stale generated files that were deleted
     */
    public GenerationResult {
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        deleted = List.copyOf(deleted);
    }

    /**
     * Whether the run changed nothing on disk.
     *
     * @return true when no file was written or deleted
     */
    public boolean upToDate() {
        return written.isEmpty() && deleted.isEmpty();
    }
}
