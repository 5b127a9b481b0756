package cn.petition.handling;

/** Published when the pre-reviewed written reply (信访事项处理意见书) goes out to the petitioner. */
public record ReplyIssued(String caseNo, String handlingDept, Outcome outcome, String replyText) {}
