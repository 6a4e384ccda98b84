package dev.invariants.property.internal.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.invariants.property.internal.engine.ChoiceRecorder;
import dev.invariants.property.internal.engine.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Strings: their edge cases, their lengths inside the bounds, their spread of characters and where they shrink to. */
class TextsTests {

    private static List<String> edgeRounds(long minLength, long maxLength, int rounds) {
        List<String> drawn = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            drawn.add(Texts.draw(ChoiceRecorder.generating(new SplittableRandom(round), round, 0.1), minLength, maxLength));
        }
        return drawn;
    }

    private static List<String> random(long minLength, long maxLength, int tries) {
        List<String> drawn = new ArrayList<>();
        for (int i = 0; i < tries; i++) {
            drawn.add(Texts.draw(ChoiceRecorder.generating(new SplittableRandom(i), -1, 0), minLength, maxLength));
        }
        return drawn;
    }

    @Test
    @DisplayName("should try the empty string first, then blanks, Unicode traps, injection shapes and a very long one")
    void edges() {
        List<String> drawn = edgeRounds(0, Integer.MAX_VALUE, 24);

        assertThat(drawn.get(0)).isEmpty();
        assertThat(drawn).contains(" ", "\t \n", "\0", "e\u0301", "\ud83d\ude00", "\ud800", "' OR '1'='1",
                "${jndi:ldap://example.invalid/a}", "NaN");
        assertThat(drawn).anyMatch(text -> text.length() == 10_000);
        assertThat(drawn).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("should keep to the lengths pre allows, the shortest and the longest allowed among the edges")
    void boundedEdges() {
        List<String> drawn = edgeRounds(3, 5, 12);

        assertThat(drawn).allSatisfy(text -> assertThat(text.length()).isBetween(3, 5));
        assertThat(drawn.get(0)).isEqualTo("aaa");
        assertThat(drawn).contains("zzzzz", "null", "NaN", "a\0b");
        assertThat(drawn).doesNotContain("", " ", "%s%n%x");
    }

    @Test
    @DisplayName("should draw random lengths inside the bounds, a surrogate pair never cut by the longest")
    void randomLengths() {
        List<String> drawn = random(2, 6, 2000);

        assertThat(drawn).allSatisfy(text -> assertThat(text.length()).isBetween(2, 6));
        assertThat(drawn).anyMatch(text -> text.length() == 2).anyMatch(text -> text.length() == 6);
    }

    @Test
    @DisplayName("should draw mostly printable ASCII, with control, other BMP and supplementary characters among them")
    void spread() {
        List<Integer> codePoints = new ArrayList<>();
        random(20, 20, 200).forEach(text -> text.codePoints().forEach(codePoints::add));

        long printable = codePoints.stream().filter(c -> Texts.PRINTABLE.indexOf(c) >= 0).count();
        // three in four are printable by construction; 4,000-odd code points keep the share within a few points
        assertThat((double) printable / codePoints.size()).isBetween(0.70, 0.82);
        assertThat(codePoints).anyMatch(c -> c < 0x20 || c == 127);
        assertThat(codePoints).anyMatch(c -> c >= 0x80 && c <= 0xFFFF);
        assertThat(codePoints).anyMatch(c -> c > 0xFFFF);
    }

    @Test
    @DisplayName("should shrink to 'a' repeated to the shortest length allowed")
    void shrinkTarget() {
        assertThat(Texts.draw(ChoiceRecorder.replaying(new long[0]), 0, 10)).isEmpty();
        assertThat(Texts.draw(ChoiceRecorder.replaying(new long[0]), 3, 10)).isEqualTo("aaa");
    }

    @Test
    @DisplayName("should reject bounds no string meets, naming them")
    void impossible() {
        assertThatThrownBy(() -> Texts.draw(ChoiceRecorder.generating(new SplittableRandom(1), -1, 0), 5, 4))
                .isInstanceOf(Rejection.class).hasMessage("no string has a length in [5, 4]");
    }

    @Test
    @DisplayName("should write an edge case through choices that replay to the same string")
    void edgesReplay() {
        ChoiceRecorder first = ChoiceRecorder.generating(new SplittableRandom(3), 14, 0.1);
        String drawn = Texts.draw(first, 0, 100);

        assertThat(drawn).isEqualTo("' OR '1'='1");
        assertThat(Texts.draw(ChoiceRecorder.replaying(first.recorded()), 0, 100)).isEqualTo(drawn);
    }
}
