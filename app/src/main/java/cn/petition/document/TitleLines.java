package cn.petition.document;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a title into centred lines the way GB/T 9704-2012 asks: between whole words (segmented with
 * HanLP), lines of similar length, so no line is left with a single character such as "函". Word and
 * WPS would otherwise wrap a long title character by character at the edge of the type area.
 */
public final class TitleLines {

  /**
   * Characters of 2号 (22 pt) that fit a 156 mm line are a little over 20; a title line stays under 18,
   * so the break is the same whichever fallback font (with its own Latin widths) an office PC uses.
   */
  public static final double MAX_EM = 18;
  /** Half-width characters (digits, Latin) measured generously: some fallback fonts set them wider than 0.5 em. */
  private static final double HALF_WIDTH = 0.6;
  private static final String NO_LINE_START = "，。、；：？！）》”’〕】";
  private static final String NO_LINE_END = "（《“‘〔【";

  private TitleLines() {}

  /** The title with a line break ("\n") at each chosen break; unchanged when it fits one line. */
  public static String of(String title) {
    return String.join("\n", split(title, MAX_EM));
  }

  static List<String> split(String title, double maxEm) {
    double total = width(title);
    if (total <= maxEm) {
      return List.of(title);
    }
    List<Integer> breaks = breakPositions(title);
    int lines = (int) Math.ceil(total / maxEm);
    List<String> result = new ArrayList<>();
    int start = 0;
    for (int line = 1; line < lines; line++) {
      double target = total * line / lines;
      int best = -1;
      double bestDistance = Double.MAX_VALUE;
      for (int position : breaks) {
        if (position <= start) {
          continue;
        }
        double before = width(title.substring(0, position));
        if (width(title.substring(start, position)) > maxEm) {
          break;
        }
        double distance = Math.abs(before - target);
        if (distance < bestDistance) {
          bestDistance = distance;
          best = position;
        }
      }
      if (best < 0) {
        break;
      }
      result.add(title.substring(start, best));
      start = best;
    }
    result.add(title.substring(start));
    return result;
  }

  /** Positions between two words where a line may break. */
  private static List<Integer> breakPositions(String title) {
    List<Integer> positions = new ArrayList<>();
    int offset = 0;
    for (Term term : HanLP.segment(title)) {
      offset += term.word.length();
      if (offset < title.length() && allowed(title, offset)) {
        positions.add(offset);
      }
    }
    return positions;
  }

  private static boolean allowed(String title, int position) {
    char before = title.charAt(position - 1);
    char after = title.charAt(position);
    boolean insideLatin = isHalfWidth(before) && isHalfWidth(after) && Character.isLetterOrDigit(before)
        && Character.isLetterOrDigit(after);
    return !insideLatin && NO_LINE_START.indexOf(after) < 0 && NO_LINE_END.indexOf(before) < 0;
  }

  /** Width of a title in characters of its size, half-width characters measured generously. */
  public static double width(String text) {
    return width(text, HALF_WIDTH);
  }

  /** Width in characters: full-width characters 1, half-width ones {@code halfWidth}. */
  static double width(String text, double halfWidth) {
    double width = 0;
    for (int i = 0; i < text.length(); i++) {
      width += isHalfWidth(text.charAt(i)) ? halfWidth : 1;
    }
    return width;
  }

  private static boolean isHalfWidth(char c) {
    return c < 0x2000 || c >= 0xFF61 && c <= 0xFFDC;
  }
}
