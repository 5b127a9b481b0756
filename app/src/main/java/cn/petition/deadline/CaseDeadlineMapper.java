package cn.petition.deadline;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Table case_deadline: one row per (case, limit), unique key uk_deadline_case_limit. */
@Mapper
public interface CaseDeadlineMapper {

  String COLUMNS = "id, case_no, limit_code, started_at, due_at, amount, unit, basis, explanation,"
      + " extended_days, extension_reason, status, finished_at";

  @Select("SELECT " + COLUMNS + " FROM case_deadline"
      + " WHERE case_no = #{caseNo} AND limit_code = #{limitCode}")
  CaseDeadline find(@Param("caseNo") String caseNo, @Param("limitCode") String limitCode);

  @Select("SELECT " + COLUMNS + " FROM case_deadline WHERE case_no = #{caseNo} ORDER BY due_at, id")
  List<CaseDeadline> findByCase(@Param("caseNo") String caseNo);

  /** Fails with a duplicate key if the (case, limit) row exists. */
  @Insert("INSERT INTO case_deadline (case_no, limit_code, started_at, due_at, amount, unit, basis,"
      + " explanation, extended_days, status)"
      + " VALUES (#{caseNo}, #{limitCode}, #{startedAt}, #{dueAt}, #{amount}, #{unit}, #{basis},"
      + " #{explanation}, #{extendedDays}, #{status})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insert(CaseDeadline deadline);

  /** Ends a running deadline; 0 if it was not running. */
  @Update("UPDATE case_deadline SET status = #{status}, finished_at = #{finishedAt}"
      + " WHERE id = #{id} AND status = 'RUNNING'")
  int finish(@Param("id") long id, @Param("status") DeadlineStatus status,
      @Param("finishedAt") Instant finishedAt);

  /** Moves the due instant of a running deadline; 0 if it changed meanwhile (optimistic check). */
  @Update("UPDATE case_deadline SET due_at = #{dueAt}, extended_days = #{extendedDays},"
      + " explanation = #{explanation}, extension_reason = #{reason}"
      + " WHERE id = #{id} AND extended_days = #{expectedExtendedDays} AND status = 'RUNNING'")
  int extend(@Param("id") long id, @Param("expectedExtendedDays") int expectedExtendedDays,
      @Param("extendedDays") int extendedDays, @Param("dueAt") Instant dueAt,
      @Param("explanation") String explanation, @Param("reason") String reason);
}
