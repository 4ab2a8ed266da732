package org.rendition.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bfloat16 products run only on processors that have the instructions; elsewhere packs run float32. */
class Bf16InstructionsTest {
    @TempDir
    Path folder;

    @Test
    void aProcessorWithAmxOrAvx512Bf16CanAndOneWithoutCannot() throws Exception {
        assertEquals(Optional.empty(), Bf16Products.bf16Instructions(cpuinfo("fpu sse avx512f amx_bf16 amx_tile")));
        assertEquals(Optional.empty(), Bf16Products.bf16Instructions(cpuinfo("fpu avx2 avx512f avx512_bf16")));
        Optional<String> older = Bf16Products.bf16Instructions(cpuinfo("fpu sse avx2 avx512f avx512_vnni"));
        assertTrue(older.isPresent() && older.get().contains("no bfloat16 instructions"), older.toString());
    }

    @Test
    void anUnreadableOrUnusualCpuinfoLeavesTheChoiceToTheLibrary() throws Exception {
        assertEquals(Optional.empty(), Bf16Products.bf16Instructions(folder.resolve("missing")));
        Path odd = Files.writeString(folder.resolve("odd"), "processor : 0\nFeatures : fp asimd\n");
        assertEquals(Optional.empty(), Bf16Products.bf16Instructions(odd));
    }

    private Path cpuinfo(String flags) throws Exception {
        return Files.writeString(folder.resolve("cpuinfo-" + flags.hashCode()),
                "processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: " + flags + "\nbugs\t\t: spectre_v1\n");
    }
}
