package cn.petition.screening;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The dispute and dispute_event tables. */
@Mapper
public interface DisputeMapper {

  /** The IN list of a {@code <script>} statement over its parameter {@code open}, the open statuses. */
  String OPEN = "<foreach item='s' collection='open' open='(' separator=', ' close=')'>#{s}</foreach>";

  String COLUMNS = "id, reported_at, reported_by, region_code, place, category_code, domain, person_count, parties, "
      + "description, title, skip_level, extreme_behaviour, warning_level, status, owner_dept, resolution, "
      + "resolved_at, case_no, process_instance_id";

  @Insert("INSERT INTO dispute (reported_at, reported_by, region_code, place, category_code, domain, person_count, "
      + "parties, description, title, skip_level, extreme_behaviour, warning_level, status, owner_dept) VALUES ("
      + "#{reportedAt}, #{reportedBy}, #{regionCode}, #{place}, #{categoryCode}, #{domain}, #{personCount}, "
      + "#{parties}, #{description}, #{title}, #{skipLevel}, #{extremeBehaviour}, 'NONE', #{status}, #{ownerDept})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insert(NewDispute dispute);

  @Select("SELECT " + COLUMNS + " FROM dispute WHERE id = #{id}")
  Dispute find(long id);

  /**
   * Disputes by region and status, newest first; {@code regions} null means every region, otherwise only those
   * regions or the reporter's own reports.
   */
  @Select("<script>SELECT " + COLUMNS + " FROM dispute WHERE 1 = 1"
      + "<if test='regions != null'> AND (reported_by = #{reporter}"
      + "<if test='!regions.isEmpty()'> OR region_code IN "
      + "<foreach item='r' collection='regions' open='(' separator=',' close=')'>#{r}</foreach></if>)</if>"
      + "<if test='region != null'> AND region_code = #{region}</if>"
      + "<if test='status != null'> AND status = #{status}</if>"
      + " ORDER BY reported_at DESC, id DESC LIMIT #{limit}</script>")
  List<Dispute> search(@Param("regions") List<String> visibleRegions, @Param("reporter") String reporter,
      @Param("region") String region, @Param("status") String status, @Param("limit") int limit);

  /** Open disputes ({@link DisputeStatus#isOpen()}), oldest first; {@code region} null means every region. */
  default List<Dispute> open(String region) {
    return inStatus(region, DisputeStatus.open());
  }

  @Select("<script>SELECT " + COLUMNS + " FROM dispute WHERE status IN " + OPEN
      + "<if test='region != null'> AND region_code = #{region}</if> ORDER BY reported_at, id</script>")
  List<Dispute> inStatus(@Param("region") String region, @Param("open") List<DisputeStatus> open);

  @Update("UPDATE dispute SET warning_level = #{level} WHERE id = #{id}")
  void setWarningLevel(@Param("id") long id, @Param("level") String level);

  @Update("UPDATE dispute SET process_instance_id = #{pi} WHERE id = #{id}")
  void setProcessInstance(@Param("id") long id, @Param("pi") String processInstanceId);

  /** A REPORTED dispute goes to the district (ESCALATED); 0 if it is not REPORTED. */
  default int escalate(long id) {
    return escalate(id, DisputeStatus.REPORTED, DisputeStatus.ESCALATED);
  }

  @Update("UPDATE dispute SET status = #{status} WHERE id = #{id} AND status = #{from}")
  int escalate(@Param("id") long id, @Param("from") DisputeStatus from, @Param("status") DisputeStatus status);

  /** An open dispute was resolved locally (RESOLVED); 0 if it is not open. */
  default int resolve(long id, String note, Instant at) {
    return resolve(id, note, at, DisputeStatus.RESOLVED, DisputeStatus.open());
  }

  @Update("<script>UPDATE dispute SET status = #{status}, resolution = #{note}, resolved_at = #{at} "
      + "WHERE id = #{id} AND status IN " + OPEN + "</script>")
  int resolve(@Param("id") long id, @Param("note") String note, @Param("at") Instant at,
      @Param("status") DisputeStatus status, @Param("open") List<DisputeStatus> open);

  /** An open dispute became a petition case (PETITIONED); 0 if it is not open. */
  default int petitioned(long id, String caseNo) {
    return petitioned(id, caseNo, DisputeStatus.PETITIONED, DisputeStatus.open());
  }

  @Update("<script>UPDATE dispute SET status = #{status}, case_no = #{caseNo} "
      + "WHERE id = #{id} AND status IN " + OPEN + "</script>")
  int petitioned(@Param("id") long id, @Param("caseNo") String caseNo, @Param("status") DisputeStatus status,
      @Param("open") List<DisputeStatus> open);

  @Insert("INSERT INTO dispute_event (dispute_id, occurred_at, kind, actor, detail) "
      + "VALUES (#{disputeId}, #{occurredAt}, #{kind}, #{actor}, #{detail})")
  void insertEvent(DisputeEvent event);

  @Select("SELECT id, dispute_id, occurred_at, kind, actor, detail FROM dispute_event WHERE dispute_id = #{id} "
      + "ORDER BY occurred_at, id")
  List<DisputeEvent> events(long disputeId);
}
