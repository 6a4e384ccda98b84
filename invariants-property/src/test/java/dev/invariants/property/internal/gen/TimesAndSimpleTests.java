package dev.invariants.property.internal.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** java.time values and the boxed and small primitive types: the edge cases first, then a spread, in range. */
class TimesAndSimpleTests {

    private static List<Object> values(Class<?> type, int tries) {
        return GeneratorTests.values(type, Bounds.NONE.withNonNull(), tries);
    }

    @Nested
    @DisplayName("java.time")
    class Time {

        @Test
        @DisplayName("dates start with the ones that break code: leap day, Y2K eve, 2038, 1900, DST, the extremes")
        void dates() {
            assertThat(values(LocalDate.class, 7)).containsExactly(LocalDate.of(2000, 2, 29), LocalDate.of(1999, 12, 31),
                    LocalDate.of(2038, 1, 19), LocalDate.of(1900, 3, 1), LocalDate.of(2024, 3, 31), LocalDate.MIN, LocalDate.MAX);
        }

        @Test
        @DisplayName("times start with midnight, noon, the last nanosecond, the last second and a DST gap")
        void times() {
            assertThat(values(LocalTime.class, 5)).containsExactly(LocalTime.MIDNIGHT, LocalTime.NOON, LocalTime.MAX,
                    LocalTime.of(23, 59, 59), LocalTime.of(2, 30));
        }

        @Test
        @DisplayName("every supported type is produced, in its own range, with a spread")
        void everyType() {
            for (Class<?> type : List.of(LocalDateTime.class, Instant.class, Duration.class, Period.class, Year.class,
                    YearMonth.class, ZoneOffset.class, ZoneId.class, OffsetDateTime.class, ZonedDateTime.class,
                    DayOfWeek.class, Month.class)) {
                List<Object> values = values(type, 200);
                assertThat(values).as(type.getSimpleName()).allMatch(type::isInstance);
                assertThat(values.stream().distinct().count()).as(type.getSimpleName() + " spread").isGreaterThan(4);
            }
            assertThat(values(DayOfWeek.class, 200)).contains((Object[]) DayOfWeek.values());
            assertThat(values(Month.class, 400)).contains((Object[]) Month.values());
            assertThat(values(ZoneOffset.class, 200)).allMatch(o -> ((ZoneOffset) o).getTotalSeconds() % 900 == 0
                    && Math.abs(((ZoneOffset) o).getTotalSeconds()) <= 18 * 3600);
            assertThat(values(Period.class, 200)).allMatch(p -> Math.abs(((Period) p).getYears()) <= 500
                    && Math.abs(((Period) p).getMonths()) <= 24 && Math.abs(((Period) p).getDays()) <= 400);
            assertThat(values(ZoneId.class, 200)).contains(ZoneOffset.UTC, ZoneId.of("Australia/Lord_Howe"));
        }
    }

    @Nested
    @DisplayName("simple types")
    class Simple {

        @Test
        @DisplayName("bytes, shorts, longs start at their extremes and stay in range")
        void integralEdges() {
            assertThat(values(byte.class, 4)).containsExactly(Byte.MIN_VALUE, (byte) (Byte.MIN_VALUE + 1), Byte.MAX_VALUE,
                    (byte) (Byte.MAX_VALUE - 1));
            assertThat(values(short.class, 4)).containsExactly(Short.MIN_VALUE, (short) (Short.MIN_VALUE + 1), Short.MAX_VALUE,
                    (short) (Short.MAX_VALUE - 1));
            assertThat(values(long.class, 4)).containsExactly(Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE, Long.MAX_VALUE - 1);
            assertThat(values(Long.class, 300)).allMatch(Long.class::isInstance).anyMatch(v -> (Long) v < 0).anyMatch(v -> (Long) v > 0);
        }

        @Test
        @DisplayName("a bounded long keeps to its bounds")
        void boundedLong() {
            Bounds bounds = Bounds.NONE.withMin(BigDecimal.valueOf(-3), true).withMax(BigDecimal.valueOf(3), false);
            List<Object> values = GeneratorTests.values(long.class, bounds, 300);

            assertThat(values).allMatch(v -> (Long) v >= -3 && (Long) v < 3).contains(-3L, 2L, 0L);
        }

        @Test
        @DisplayName("booleans take both values; chars are code units, bounded ones in their range")
        void booleansAndChars() {
            assertThat(values(boolean.class, 50)).contains(true, false);
            assertThat(values(char.class, 300)).allMatch(Character.class::isInstance);
            Bounds digits = Bounds.NONE.withMin(BigDecimal.valueOf('0'), true).withMax(BigDecimal.valueOf('9'), true);
            assertThat(GeneratorTests.values(char.class, digits, 300)).allMatch(c -> (Character) c >= '0' && (Character) c <= '9')
                    .contains('0', '9');
        }

        @Test
        @DisplayName("big integers start at zero and one and reach both signs")
        void bigIntegers() {
            List<Object> values = values(BigInteger.class, 300);

            assertThat(values).allMatch(BigInteger.class::isInstance).contains(BigInteger.ZERO, BigInteger.ONE)
                    .anyMatch(v -> ((BigInteger) v).signum() < 0).anyMatch(v -> ((BigInteger) v).bitLength() > 64);
        }
    }
}
