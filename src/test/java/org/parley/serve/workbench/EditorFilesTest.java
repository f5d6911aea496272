package org.parley.serve.workbench;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EditorFilesTest {
    @Test
    void aDifferentFusekiUiIsRefusedAtStartUpRatherThanServedHalfWorking() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EditorFiles.startPage("<html><div id=app></div></html>"));
        assertTrue(e.getMessage().contains("jena-fuseki-ui version"), e.getMessage());
    }
}
