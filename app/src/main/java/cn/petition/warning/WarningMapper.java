package cn.petition.warning;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The risk_warning table. */
@Mapper
public interface WarningMapper {

  /** The IN list of a {@code <script>} statement over its parameter {@code open}, the open statuses. */
  String OPEN = "<foreach item='s' collection='open' open='(' separator=', ' close=')'>#{s}</foreach>";

  String COLUMNS = "id, subject_kind, subject_id, level, previous_level, rule_name, reason, matched_phrases, "
      + "online_risk, trigger_kind, owner_dept, assessed_at, due_at, status, handled_at, handled_by, response_note, "
      + "process_instance_id";

  @Insert("INSERT INTO risk_warning (subject_kind, subject_id, level, previous_level, rule_name, reason, "
      + "matched_phrases, online_risk, trigger_kind, owner_dept, assessed_at, due_at, status) VALUES (#{subjectKind}, "
      + "#{subjectId}, #{level}, #{previousLevel}, #{ruleName}, #{reason}, #{matchedPhrases}, #{onlineRisk}, "
      + "#{triggerKind}, #{ownerDept}, #{assessedAt}, #{dueAt}, #{status})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insert(NewWarning warning);

  @Select("SELECT " + COLUMNS + " FROM risk_warning WHERE id = #{id}")
  Warning find(long id);

  @Select("SELECT " + COLUMNS + " FROM risk_warning WHERE subject_kind = #{kind} AND subject_id = #{subject} "
      + "ORDER BY assessed_at, id")
  List<Warning> ofSubject(@Param("kind") String kind, @Param("subject") String subjectId);

  @Update("UPDATE risk_warning SET process_instance_id = #{pi} WHERE id = #{id}")
  void setProcessInstance(@Param("id") long id, @Param("pi") String processInstanceId);

  /** Open warnings of a subject (below the new level) become SUPERSEDED. */
  default int supersede(String kind, String subjectId) {
    return supersede(kind, subjectId, WarningStatus.SUPERSEDED, WarningStatus.open());
  }

  @Update("<script>UPDATE risk_warning SET status = #{status} WHERE subject_kind = #{kind} AND subject_id = #{subject} "
      + "AND status IN " + OPEN + "</script>")
  int supersede(@Param("kind") String kind, @Param("subject") String subjectId, @Param("status") WarningStatus status,
      @Param("open") List<WarningStatus> open);

  /** An OPEN warning's response is late: ESCALATED. */
  default int escalate(long id) {
    return setStatus(id, WarningStatus.OPEN, WarningStatus.ESCALATED);
  }

  @Update("UPDATE risk_warning SET status = #{status} WHERE id = #{id} AND status = #{from}")
  int setStatus(@Param("id") long id, @Param("from") WarningStatus from, @Param("status") WarningStatus status);

  /** An open warning was responded to, or ended with its subject: HANDLED; 0 if it is not open. */
  default int handle(long id, Instant at, String by, String note) {
    return handle(id, at, by, note, WarningStatus.HANDLED, WarningStatus.open());
  }

  @Update("<script>UPDATE risk_warning SET status = #{status}, handled_at = #{at}, handled_by = #{by}, "
      + "response_note = #{note} WHERE id = #{id} AND status IN " + OPEN + "</script>")
  int handle(@Param("id") long id, @Param("at") Instant at, @Param("by") String by, @Param("note") String note,
      @Param("status") WarningStatus status, @Param("open") List<WarningStatus> open);
}
