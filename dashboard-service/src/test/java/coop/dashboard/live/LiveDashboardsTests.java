package coop.dashboard.live;

import org.junit.jupiter.api.Test;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class LiveDashboardsTests {

	@Test
	void stoppingEndsEveryOpenStreamSoThatTheGracefulShutdownNeedNotWaitForThem() {
		LiveDashboards live = new LiveDashboards();
		live.start();
		SseEmitter marie = live.open("marie");
		SseEmitter lucas = live.open("lucas");
		assertThat(live.isRunning()).isTrue();

		live.stop();

		assertThat(live.isRunning()).isFalse();
		assertThatIllegalStateException().as("Marie's stream has ended").isThrownBy(() -> marie.send("encore"));
		assertThatIllegalStateException().as("Lucas's stream has ended").isThrownBy(() -> lucas.send("encore"));
	}

}
