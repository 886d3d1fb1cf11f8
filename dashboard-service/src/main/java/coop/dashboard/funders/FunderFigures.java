package coop.dashboard.funders;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What funders see: figures about groups of people, never a person. Every count of people
 * under {@link #SMALLEST_GROUP}, and every rate or delay computed on fewer people, is
 * {@code null} ("moins de 5").
 *
 * @param antenna the antenna's code, or {@code null} for the whole cooperative
 * @param from first month of the period
 * @param to last month of the period
 * @param stages people by the last step of the journey reached by the end of the period
 * @param revenueBands entrepreneurs by their revenue over the period
 * @param training workshops and information meetings held in the period
 * @param funnel the intake funnel by prescriber organisation (organisations that referred
 * fewer than five people are grouped)
 * @param funnelTotal the funnel of every referral of the period
 */
public record FunderFigures(@Nullable String antenna, YearMonth from, YearMonth to, int smallestGroup,
		List<Group> stages, List<Group> revenueBands, Training training, List<FunnelRow> funnel,
		FunnelRow funnelTotal) {

	/** No figure about fewer people than this is shown. */
	public static final int SMALLEST_GROUP = 5;

	/**
	 * @param people how many, or {@code null} when fewer than five
	 */
	public record Group(String key, String label, @Nullable Integer people) {
	}

	/**
	 * @param workshops workshops held (attendance recorded)
	 * @param workshopHours hours of workshops held
	 * @param attendees people present at one at least
	 * @param traineeHours hours of training followed, summed over the people present
	 * @param attendanceRate percent of registrations recorded present
	 * @param informationMeetings information meetings held
	 * @param meetingAttendanceRate percent of their registrations recorded present
	 */
	public record Training(int workshops, BigDecimal workshopHours, @Nullable Integer attendees,
			@Nullable BigDecimal traineeHours, @Nullable Integer attendanceRate, int informationMeetings,
			@Nullable Integer meetingAttendanceRate) {
	}

	/**
	 * One line of the intake funnel: people referred in the period, then how many of them
	 * reached each step, the conversion rate from the step before (percent), and the
	 * median delay in days from the step before.
	 *
	 * @param key the organisation's code, {@code direct} (registered themselves) or
	 * {@code other} (organisations with fewer than five referrals)
	 */
	public record FunnelRow(String key, String label, @Nullable Integer referred, @Nullable Integer attendedMeeting,
			@Nullable Integer firstInterview, @Nullable Integer cape, @Nullable Integer cesa,
			@Nullable Integer meetingRate, @Nullable Integer interviewRate, @Nullable Integer capeRate,
			@Nullable Integer cesaRate, @Nullable Integer daysToMeeting, @Nullable Integer daysToInterview,
			@Nullable Integer daysToCape, @Nullable Integer daysToCesa) {
	}

}
