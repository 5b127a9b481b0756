package cn.petition.deadline;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.Results;
import org.apache.ibatis.annotations.Select;

/** Table calendar_day: statutory holidays and make-up working days. */
@Mapper
public interface CalendarDayMapper {

  @Select("SELECT cal_date, day_kind, name FROM calendar_day ORDER BY cal_date")
  @Results(id = "calendarDay")
  @ConstructorArgs({
      @Arg(column = "cal_date", javaType = LocalDate.class),
      @Arg(column = "day_kind", javaType = DayKind.class),
      @Arg(column = "name", javaType = String.class)})
  List<CalendarDay> findAll();

  @Select("SELECT cal_date, day_kind, name FROM calendar_day"
      + " WHERE cal_date BETWEEN #{from} AND #{to} ORDER BY cal_date")
  @ResultMap("calendarDay")
  List<CalendarDay> findBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

  @Delete("DELETE FROM calendar_day WHERE cal_date BETWEEN #{from} AND #{to}")
  int deleteBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

  @Insert("INSERT INTO calendar_day (cal_date, day_kind, name) VALUES (#{date}, #{kind}, #{name})")
  void insert(CalendarDay day);
}
