package cn.petition.supervision;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Table case_letter, unique per letter_no and per (case_no, kind, stage, step). */
@Mapper
public interface LetterMapper {

  String COLUMNS = "id, letter_no, case_no, kind, stage, step, rule_name, issuer_dept, recipient_dept, responsible_dept,"
      + " recipient_group, copy_to, reason, days_late, step_due_at, issued_at, response_due_at, status,"
      + " answered_at, answered_by, answer";

  @Select("SELECT " + COLUMNS + " FROM case_letter WHERE case_no = #{caseNo} AND kind = #{kind}"
      + " AND stage = #{stage} AND step = #{step}")
  Letter find(@Param("caseNo") String caseNo, @Param("kind") LetterKind kind,
      @Param("stage") SupervisionStage stage, @Param("step") String step);

  @Select("SELECT " + COLUMNS + " FROM case_letter WHERE letter_no = #{letterNo}")
  Letter byNumber(String letterNo);

  @Select("SELECT " + COLUMNS + " FROM case_letter WHERE case_no = #{caseNo} ORDER BY issued_at, id")
  List<Letter> ofCase(String caseNo);

  /** Letters (not notices) already issued on one step of a case. */
  @Select("SELECT COUNT(*) FROM case_letter WHERE case_no = #{caseNo} AND step = #{step} AND kind <> 'NOTICE'")
  int countLetters(@Param("caseNo") String caseNo, @Param("step") String step);

  /** Fails with a duplicate key if the case already has this (kind, stage, step) or the number is taken. */
  @Insert("INSERT INTO case_letter (letter_no, case_no, kind, stage, step, rule_name, issuer_dept, recipient_dept,"
      + " responsible_dept, recipient_group, copy_to, reason, days_late, step_due_at, issued_at, response_due_at, status)"
      + " VALUES (#{letterNo}, #{caseNo}, #{kind}, #{stage}, #{step}, #{ruleName}, #{issuerDept}, #{recipientDept},"
      + " #{responsibleDept},"
      + " #{recipientGroup}, #{copyTo}, #{reason}, #{daysLate}, #{stepDueAt}, #{issuedAt}, #{responseDueAt}, #{status})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insert(Letter letter);

  /** Records the answer; 0 if the letter was answered already. */
  @Update("UPDATE case_letter SET status = 'ANSWERED', answered_at = #{at}, answered_by = #{by}, answer = #{answer}"
      + " WHERE letter_no = #{letterNo} AND status = 'AWAITING_ANSWER'")
  int answer(@Param("letterNo") String letterNo, @Param("at") Instant at, @Param("by") String by,
      @Param("answer") String answer);
}
