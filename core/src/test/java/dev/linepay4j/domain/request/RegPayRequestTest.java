package dev.linepay4j.domain.request;

import static dev.linepay4j.domain.request.Broken.fieldsOf;
import static dev.linepay4j.domain.request.Broken.onlyViolationOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.Violation;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegPayRequestTest {

    private static RegPayRequest.Builder recurring(RecurringPeriod period) {
        return RegPayRequest.builder().regPayPeriodType(RegPayPeriodType.RECURRING).recurringPeriod(period);
    }

    @Test
    void aMonthlyScheduleOnTheFifthBuilds() {
        RegPayRequest r = recurring(RecurringPeriod.MONTH).recurringDay(5).productPrice(300).build();

        assertThat(r.recurringDay()).isEqualTo(OptionalInt.of(5));
        assertThat(r.productPrice()).contains(Amount.of(300));
    }

    @Test
    void aWeeklyScheduleOnMondayBuilds() {
        RegPayRequest r = recurring(RecurringPeriod.WEEK).recurringDayOfWeek(Weekday.MON).build();

        assertThat(r.recurringDayOfWeek()).contains(Weekday.MON);
    }

    @Test
    void aYearlyScheduleOnTheTwentyNinthOfFebruaryBuilds() {
        RegPayRequest r = recurring(RecurringPeriod.YEAR).recurringMonth(2).recurringDay(29).build();

        assertThat(r.recurringMonth()).isEqualTo(OptionalInt.of(2));
    }

    @Test
    void aNonRecurringKeyWithALimitBuilds() {
        RegPayRequest r = RegPayRequest.builder().regPayPeriodType(RegPayPeriodType.NON_RECURRING)
                .perTransactionLimit(5000).build();

        assertThat(r.perTransactionLimit()).contains(Amount.of(5000));
    }

    @Test
    void thePeriodTypeIsRequired() {
        Violation v = onlyViolationOf(() -> RegPayRequest.builder().build());

        assertThat(v).isEqualTo(new Violation("regPayPeriodType", "is required"));
    }

    @Test
    void aRecurringKeyNeedsAPeriod() {
        Violation v = onlyViolationOf(() -> RegPayRequest.builder().regPayPeriodType(RegPayPeriodType.RECURRING)
                .build());

        assertThat(v.field()).isEqualTo("recurringPeriod");
    }

    @Test
    void aNonRecurringKeyHasNoPeriod() {
        Violation v = onlyViolationOf(() -> RegPayRequest.builder().regPayPeriodType(RegPayPeriodType.NON_RECURRING)
                .recurringPeriod(RecurringPeriod.MONTH).build());

        assertThat(v.field()).isEqualTo("recurringPeriod");
    }

    @Test
    void aRecurringKeyHasNoPerTransactionLimit() {
        Violation v = onlyViolationOf(() -> recurring(RecurringPeriod.MONTH).perTransactionLimit(100).build());

        assertThat(v.field()).isEqualTo("perTransactionLimit");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 32, -1})
    void aDayOutsideOneToThirtyOneIsReported(int day) {
        Violation v = onlyViolationOf(() -> recurring(RecurringPeriod.MONTH).recurringDay(day).build());

        assertThat(v).isEqualTo(new Violation("recurringDay", "must be from 1 to 31, was " + day));
    }

    @Test
    void aDayOfMonthIsReportedForAWeeklySchedule() {
        Violation v = onlyViolationOf(() -> recurring(RecurringPeriod.WEEK).recurringDay(5).build());

        assertThat(v.field()).isEqualTo("recurringDay");
    }

    @Test
    void aDayOfWeekIsReportedForAMonthlySchedule() {
        Violation v = onlyViolationOf(() -> recurring(RecurringPeriod.MONTH).recurringDayOfWeek(Weekday.FRI).build());

        assertThat(v.field()).isEqualTo("recurringDayOfWeek");
    }

    @ParameterizedTest
    @ValueSource(strings = {"WEEK", "MONTH"})
    void aMonthIsReportedForSchedulesThatAreNotYearly(RecurringPeriod period) {
        Violation v = onlyViolationOf(() -> recurring(period).recurringMonth(4).build());

        assertThat(v.field()).isEqualTo("recurringMonth");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 13})
    void aMonthOutsideOneToTwelveIsReported(int month) {
        Violation v = onlyViolationOf(() -> recurring(RecurringPeriod.YEAR).recurringMonth(month).build());

        assertThat(v).isEqualTo(new Violation("recurringMonth", "must be from 1 to 12, was " + month));
    }

    @ParameterizedTest
    @CsvSource({"2, 30", "4, 31", "6, 31", "9, 31", "11, 31"})
    void aYearlyDayThatTheMonthDoesNotHaveIsReported(int month, int day) {
        Violation v = onlyViolationOf(() -> recurring(RecurringPeriod.YEAR).recurringMonth(month).recurringDay(day)
                .build());

        assertThat(v.field()).isEqualTo("recurringDay");
    }

    @Test
    void aNonRecurringKeyWithScheduleFieldsReportsEachOfThem() {
        assertThat(fieldsOf(() -> RegPayRequest.builder().regPayPeriodType(RegPayPeriodType.NON_RECURRING)
                .recurringDay(1).recurringDayOfWeek(Weekday.SUN).recurringMonth(1).build()))
                .containsExactlyInAnyOrder("recurringDay", "recurringDayOfWeek", "recurringMonth");
    }

    @Test
    void theConstructorAppliesTheSameRules() {
        Violation v = onlyViolationOf(() -> new RegPayRequest(RegPayPeriodType.RECURRING,
                Optional.of(RecurringPeriod.WEEK), OptionalInt.of(3), Optional.empty(), OptionalInt.empty(),
                Optional.empty(), Optional.empty()));

        assertThat(v.field()).isEqualTo("recurringDay");
    }

    @Test
    void toBuilderGivesBackAnEqualSchedule() {
        RegPayRequest r = recurring(RecurringPeriod.YEAR).recurringMonth(12).recurringDay(25).productPrice(990).build();

        assertThat(r.toBuilder().build()).isEqualTo(r);
    }

    @ParameterizedTest
    @CsvSource({"SUNDAY, SUN", "MONDAY, MON", "SATURDAY, SAT"})
    void javaTimeDaysMapToLinePaysNames(java.time.DayOfWeek day, Weekday expected) {
        assertThat(Weekday.of(day)).isEqualTo(expected);
        assertThat(expected.toDayOfWeek()).isEqualTo(day);
    }
}
