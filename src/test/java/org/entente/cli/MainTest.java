package org.entente.cli;
import org.junit.jupiter.api.Test;
class MainTest { @Test void runs() { Main.main(new String[0]); } }
