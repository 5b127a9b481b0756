package cn.petition.warning;

/**
 * A phrase found in a text.
 *
 * @param phrase the phrase of the list
 * @param how TOKEN: the segmenter returned the phrase as one word; SPAN: the segmenter split it into
 *     several words and the phrase covers them exactly (a multi-word phrase such as 上访到北京)
 */
public record PhraseMatch(Phrase phrase, How how) {

  public enum How { TOKEN, SPAN }

  /** E.g. "堵路（橙）". */
  public String describe() {
    return phrase.text() + "（" + phrase.level().label().substring(0, 1) + "）";
  }
}
