package cn.petition.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a fact's getter (or a parameter of a method the tables call) that holds text: the decision
 * tables may only write the constant names of this enum there, e.g. {@code @EnumCode(Line.class)}
 * on a String property compared as {@code line == "$"}. Checked before the tables compile.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.PARAMETER})
public @interface EnumCode {

  Class<? extends Enum<?>> value();
}
