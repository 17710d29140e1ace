/// Unicode properties of a scalar, answered without a table lookup for ASCII, most of any
/// text: `Unicode.Scalar.Properties` looks every scalar up in the standard library's tables
/// (5 % of a full build's time, from tokenising names alone). Outside ASCII, the properties.
enum ScalarClass {
  static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII
      ? isASCIIUppercase(scalar.value) || isASCIILowercase(scalar.value) : scalar.properties.isAlphabetic
  }

  static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII ? isASCIIUppercase(scalar.value) : scalar.properties.isUppercase
  }

  static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII ? isASCIILowercase(scalar.value) : scalar.properties.isLowercase
  }

  /// Has a numeric value (digits of any script, ½, Ⅻ).
  static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII ? (0x30...0x39).contains(scalar.value) : scalar.properties.numericType != nil
  }

  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII
      ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
  }

  /// A letter, digit or combining mark: what words are made of.
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return isAlphabetic(scalar) || isNumeric(scalar) }
    let properties = scalar.properties
    return properties.isAlphabetic || properties.numericType != nil
      || properties.generalCategory == .nonspacingMark
  }

  private static func isASCIIUppercase(_ value: UInt32) -> Bool { (0x41...0x5A).contains(value) }
  private static func isASCIILowercase(_ value: UInt32) -> Bool { (0x61...0x7A).contains(value) }
}
