package cn.petition.supervision;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Table case_letter, unique per letter_no and per (case_no, kind, stage, step, responsible_dept). */
@Mapper
public interface LetterMapper {

  String COLUMNS = "id, letter_no, case_no, kind, stage, step, rule_name, issuer_dept, responsible_dept, recipient_dept,"
      + " recipient_group, copy_to, reason, days_late, step_due_at, issued_at, response_due_at, status,"
      + " answered_at, answered_by, answer";

  @Select("SELECT " + COLUMNS + " FROM case_letter WHERE case_no = #{caseNo} AND kind = #{kind}"
      + " AND stage = #{stage} AND step = #{step} AND responsible_dept = #{responsibleDept}")
  Letter find(@Param("caseNo") String caseNo, @Param("kind") LetterKind kind,
      @Param("stage") SupervisionStage stage, @Param("step") String step,
      @Param("responsibleDept") String responsibleDept);

  @Select("SELECT " + COLUMNS + " FROM case_letter WHERE letter_no = #{letterNo}")
  Letter byNumber(String letterNo);

  @Select("SELECT " + COLUMNS + " FROM case_letter WHERE case_no = #{caseNo} ORDER BY issued_at, id")
  List<Letter> ofCase(String caseNo);

  /** Notices and letters of one rung of a step of a case about other departments than the given one. */
  @Select("SELECT COUNT(*) FROM case_letter WHERE case_no = #{caseNo} AND step = #{step} AND stage = #{stage}"
      + " AND responsible_dept <> #{responsibleDept}")
  int countAboutOthers(@Param("caseNo") String caseNo, @Param("step") String step,
      @Param("stage") SupervisionStage stage, @Param("responsibleDept") String responsibleDept);

  /** Letters (not notices) already issued on one step of a case about one responsible department. */
  @Select("SELECT COUNT(*) FROM case_letter WHERE case_no = #{caseNo} AND step = #{step}"
      + " AND responsible_dept = #{responsibleDept} AND kind <> 'NOTICE'")
  int countLetters(@Param("caseNo") String caseNo, @Param("step") String step,
      @Param("responsibleDept") String responsibleDept);

  /**
   * Fails with a duplicate key if the case already has this (kind, stage, step, responsible department)
   * or the number is taken.
   */
  @Insert("INSERT INTO case_letter (letter_no, case_no, kind, stage, step, rule_name, issuer_dept, responsible_dept,"
      + " recipient_dept, recipient_group, copy_to, reason, days_late, step_due_at, issued_at, response_due_at, status)"
      + " VALUES (#{letterNo}, #{caseNo}, #{kind}, #{stage}, #{step}, #{ruleName}, #{issuerDept}, #{responsibleDept},"
      + " #{recipientDept}, #{recipientGroup}, #{copyTo}, #{reason}, #{daysLate}, #{stepDueAt}, #{issuedAt}, #{responseDueAt}, #{status})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insert(Letter letter);

  /** Records the answer; 0 if the letter was answered already. */
  @Update("UPDATE case_letter SET status = 'ANSWERED', answered_at = #{at}, answered_by = #{by}, answer = #{answer}"
      + " WHERE letter_no = #{letterNo} AND status = 'AWAITING_ANSWER'")
  int answer(@Param("letterNo") String letterNo, @Param("at") Instant at, @Param("by") String by,
      @Param("answer") String answer);
}
