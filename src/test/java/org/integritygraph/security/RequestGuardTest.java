package org.integritygraph.security;

import java.time.Duration;

import org.integritygraph.system.WarmUpPass;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** The guard in front of the reading endpoints: body size, rate per client, requests running at once. */
class RequestGuardTest {

	private static LimitProperties limits(int perMinute, int concurrent) {
		return new LimitProperties(Duration.ofSeconds(30), DataSize.ofKilobytes(1), 15, 50000, 20, 2000, 30, 20, 5000,
				40000, perMinute, 1000, concurrent);
	}

	@Test
	void aClientOverItsRate_gets429WithRetryAfter_otherClientsGoOn() throws Exception {
		var guard = new RequestGuard(limits(3, 4), new WarmUpPass());
		for (int i = 0; i < 3; i++) {
			assertThat(call(guard, "10.0.0.1", "/graphql", 10).getStatus()).isEqualTo(200);
		}
		var refused = call(guard, "10.0.0.1", "/graphql", 10);
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isBetween(1, 61);
		assertThat(refused.getContentAsString()).contains("3 a minute");
		assertThat(call(guard, "10.0.0.2", "/graphql", 10).getStatus()).isEqualTo(200);
	}

	@Test
	void theServicesOwnWarmUpRequests_areNotCountedAgainstTheLoopbacksRate_aWrongPassIs() throws Exception {
		var pass = new WarmUpPass();
		var guard = new RequestGuard(limits(2, 4), pass);
		for (int i = 0; i < 10; i++) {
			assertThat(call(guard, "127.0.0.1", "/graphql", 10, pass.value()).getStatus()).isEqualTo(200);
		}
		assertThat(call(guard, "127.0.0.1", "/graphql", 10, null).getStatus()).isEqualTo(200);
		assertThat(call(guard, "127.0.0.1", "/graphql", 10, new WarmUpPass().value()).getStatus()).isEqualTo(200);
		assertThat(call(guard, "127.0.0.1", "/graphql", 10, "guess").getStatus()).isEqualTo(429);
		assertThat(call(guard, "127.0.0.1", "/graphql", 10, pass.value()).getStatus()).isEqualTo(200);
	}

	@Test
	void aBodyOverTheLimit_is413BeforeAnythingReadsIt() throws Exception {
		var guard = new RequestGuard(limits(100, 4), new WarmUpPass());
		var response = call(guard, "10.0.0.3", "/graphql", 2048);
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentAsString()).contains("maxBodySize = 1024 bytes");
	}

	@Test
	void otherPaths_areNotGuarded() throws Exception {
		var guard = new RequestGuard(limits(1, 4), new WarmUpPass());
		for (int i = 0; i < 3; i++) {
			assertThat(call(guard, "10.0.0.4", "/actuator/health", 10).getStatus()).isEqualTo(200);
		}
	}

	private static MockHttpServletResponse call(RequestGuard guard, String address, String path, int bodySize)
			throws Exception {
		return call(guard, address, path, bodySize, null);
	}

	private static MockHttpServletResponse call(RequestGuard guard, String address, String path, int bodySize,
			String warmUpPass) throws Exception {
		var request = new MockHttpServletRequest("POST", path);
		if (warmUpPass != null) {
			request.addHeader(WarmUpPass.HEADER, warmUpPass);
		}
		request.setRemoteAddr(address);
		request.setContent(new byte[bodySize]);
		var response = new MockHttpServletResponse();
		guard.doFilter(request, response, new MockFilterChain());
		return response;
	}

}
