package dev.invariants.property.internal.gen;

import dev.invariants.property.spi.Source;
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
import java.util.Map;
import java.util.function.Function;

/** {@code java.time} values as integers (epoch day, nano of day, epoch second), shrinking toward 1970-01-01T00:00Z. */
final class Times {
    private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Asia/Kathmandu"));
    private static final List<LocalDate> DATES = List.of(LocalDate.of(2000, 2, 29), LocalDate.of(1999, 12, 31),
            LocalDate.of(2038, 1, 19), LocalDate.of(1900, 3, 1), LocalDate.of(2024, 3, 31), LocalDate.MIN, LocalDate.MAX);
    private static final List<LocalTime> TIMES = List.of(LocalTime.MIDNIGHT, LocalTime.NOON, LocalTime.MAX,
            LocalTime.of(23, 59, 59), LocalTime.of(2, 30));

    static final Map<Class<?>, Function<Source, Object>> GENERATORS = Map.ofEntries(
            Map.entry(LocalDate.class, Times::date),
            Map.entry(LocalTime.class, Times::time),
            Map.entry(LocalDateTime.class, s -> LocalDateTime.of(date(s), time(s))),
            Map.entry(Instant.class, s -> Instant.ofEpochSecond(
                    Integral.drawLong(s, Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()), s.choose(999_999_999))),
            Map.entry(Duration.class, s -> Duration.ofSeconds(Integral.drawLong(s, -(1L << 40), 1L << 40), s.choose(999_999_999))),
            Map.entry(Period.class, s -> Period.of(small(s, 500), small(s, 24), small(s, 400))),
            Map.entry(Year.class, s -> Year.of((int) Integral.drawLong(s, Year.MIN_VALUE, Year.MAX_VALUE))),
            Map.entry(YearMonth.class, s -> YearMonth.from(date(s))),
            Map.entry(ZoneOffset.class, Times::offset),
            Map.entry(ZoneId.class, s -> ZONES.get((int) s.choose(ZONES.size() - 1))),
            Map.entry(OffsetDateTime.class, s -> OffsetDateTime.of(date(s), time(s), offset(s))),
            Map.entry(ZonedDateTime.class, s -> ZonedDateTime.of(date(s), time(s), ZONES.get((int) s.choose(ZONES.size() - 1)))),
            Map.entry(DayOfWeek.class, s -> DayOfWeek.of(1 + (int) s.choose(6))),
            Map.entry(Month.class, s -> Month.of(1 + (int) s.choose(11))));

    private Times() {
    }

    private static LocalDate date(Source source) {
        int edge = source.edgeCase(DATES.size());
        BigInteger day = Integral.drawSuggesting(source, BigInteger.valueOf(LocalDate.MIN.toEpochDay()),
                BigInteger.valueOf(LocalDate.MAX.toEpochDay()), edge < 0 ? null : BigInteger.valueOf(DATES.get(edge).toEpochDay()));
        return LocalDate.ofEpochDay(day.longValueExact());
    }

    private static LocalTime time(Source source) {
        int edge = source.edgeCase(TIMES.size());
        BigInteger nanos = Integral.drawSuggesting(source, BigInteger.ZERO, BigInteger.valueOf(LocalTime.MAX.toNanoOfDay()),
                edge < 0 ? null : BigInteger.valueOf(TIMES.get(edge).toNanoOfDay()));
        return LocalTime.ofNanoOfDay(nanos.longValueExact());
    }

    private static ZoneOffset offset(Source source) {
        return ZoneOffset.ofTotalSeconds((int) Integral.drawLong(source, -18 * 3600, 18 * 3600) / 900 * 900);
    }

    private static int small(Source source, int limit) {
        return (int) Integral.drawLong(source, -limit, limit);
    }
}
