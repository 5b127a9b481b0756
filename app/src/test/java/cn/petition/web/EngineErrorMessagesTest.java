package cn.petition.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.web.EngineErrorMessages.ChineseError;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

class EngineErrorMessagesTest {

  @Test
  void ourOwnSentenceIsShownWithoutTheEnginesWrapping() {
    BadUserRequestException refused = new BadUserRequestException("不能完成“办理”：请填写答复意见");
    RestException wrapped = new RestException(jakarta.ws.rs.core.Response.Status.INTERNAL_SERVER_ERROR, refused,
        "Cannot submit task form 42: " + refused.getMessage());

    ChineseError error = EngineErrorMessages.of(wrapped, 500);

    assertThat(error).isEqualTo(new ChineseError(400, "不能完成“办理”：请填写答复意见"));
  }

  @Test
  void anEngineMessageThatOnlyQuotesAChineseNameIsNotTakenForOurs() {
    ChineseError error = EngineErrorMessages.of(
        new ProcessEngineException("Unknown property used in expression: ${受理审查}"), 500);

    assertThat(error.message()).startsWith("系统未能完成该操作").contains("错误编号").doesNotContain("Unknown");
    assertThat(error.status()).isEqualTo(500);
  }

  @Test
  void aConcurrentChangeAsksToRefresh() {
    ChineseError error = EngineErrorMessages.of(new OptimisticLockingException("Entity was updated by another transaction concurrently"), 500);

    assertThat(error).isEqualTo(new ChineseError(409, "该事项刚被他人办理或修改，请刷新页面后重试。"));
  }

  @Test
  void twoUnexpectedErrorsGetDifferentReferences() {
    String first = EngineErrorMessages.of(new IllegalStateException("boom"), 500).message();
    String second = EngineErrorMessages.of(new IllegalStateException("boom"), 500).message();

    assertThat(first).isNotEqualTo(second);
  }
}
