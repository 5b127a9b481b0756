package cn.petition.numbering;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The number_counter table: one row per series, locked while a number is drawn. */
@Mapper
public interface CounterMapper {

  @Update("UPDATE number_counter SET last_value = last_value + 1 WHERE series = #{series}")
  int increment(String series);

  @Insert("INSERT INTO number_counter (series, last_value) VALUES (#{series}, 1)")
  void start(String series);

  @Select("SELECT last_value FROM number_counter WHERE series = #{series}")
  int current(String series);
}
