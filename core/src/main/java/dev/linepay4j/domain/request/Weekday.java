package dev.linepay4j.domain.request;

import java.time.DayOfWeek;
import java.util.Objects;

/**
 * A day of the week as LINE Pay writes it ({@code options.regPayRequest.recurringDayOfWeek}).
 * Each constant's name is its wire value.
 *
 * <pre>{@code
 * Weekday.of(DayOfWeek.MONDAY);   // MON
 * Weekday.SUN.toDayOfWeek();      // DayOfWeek.SUNDAY
 * }</pre>
 */
public enum Weekday {
    /** Sunday. */
    SUN(DayOfWeek.SUNDAY),
    /** Monday. */
    MON(DayOfWeek.MONDAY),
    /** Tuesday. */
    TUE(DayOfWeek.TUESDAY),
    /** Wednesday. */
    WED(DayOfWeek.WEDNESDAY),
    /** Thursday. */
    THU(DayOfWeek.THURSDAY),
    /** Friday. */
    FRI(DayOfWeek.FRIDAY),
    /** Saturday. */
    SAT(DayOfWeek.SATURDAY);

    private final DayOfWeek day;

    Weekday(DayOfWeek day) {
        this.day = day;
    }

    /**
     * The same day in {@code java.time}.
     *
     * @return the day of week
     */
    public DayOfWeek toDayOfWeek() {
        return day;
    }

    /**
     * LINE Pay's name for a {@code java.time} day.
     *
     * @param day the day
     * @return the weekday
     * @throws NullPointerException if day is null
     */
    public static Weekday of(DayOfWeek day) {
        Objects.requireNonNull(day, "day");
        // java.time counts Monday = 1 .. Sunday = 7; LINE Pay's list starts on Sunday.
        return values()[day.getValue() % 7];
    }
}
