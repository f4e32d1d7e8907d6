namespace System.Globalization
{
    internal static class NumberStyleHelper
    {
        // Rewrites an integer string in the given (non-hex) style into the plain [-]digits form the
        // integer Parse(string) overloads accept, or null when the style does not allow it.
        internal static string Normalize(string s, NumberStyles style)
        {
            string t = s;
            if ((style & NumberStyles.AllowLeadingWhite) != 0) t = t.TrimStart();
            if ((style & NumberStyles.AllowTrailingWhite) != 0) t = t.TrimEnd();
            bool neg = false;
            if ((style & NumberStyles.AllowParentheses) != 0 && t.Length >= 2 && t[0] == '(' && t[t.Length - 1] == ')') { neg = true; t = t.Substring(1, t.Length - 2); }
            if ((style & NumberStyles.AllowCurrencySymbol) != 0) t = t.Replace("\u00A4", "").Trim();
            if ((style & NumberStyles.AllowTrailingSign) != 0 && t.Length > 1 && (t[t.Length - 1] == '-' || t[t.Length - 1] == '+'))
            {
                if (t[t.Length - 1] == '-') neg = !neg;
                t = t.Substring(0, t.Length - 1);
            }
            if ((style & NumberStyles.AllowThousands) != 0) t = t.Replace(",", "");
            if ((style & NumberStyles.AllowDecimalPoint) != 0)
            {
                int dot = t.IndexOf('.');
                if (dot >= 0)
                {
                    for (int i = dot + 1; i < t.Length; i++) if (t[i] != '0') return null;
                    t = t.Substring(0, dot);
                }
            }
            if (neg)
            {
                if (t.Length == 0 || t[0] == '-' || t[0] == '+') return null;
                t = "-" + t;
            }
            return t;
        }
    }
    [Flags]
    public enum NumberStyles
    {
        None = 0, AllowLeadingWhite = 1, AllowTrailingWhite = 2, AllowLeadingSign = 4, AllowTrailingSign = 8, AllowParentheses = 16,
        AllowDecimalPoint = 32, AllowThousands = 64, AllowExponent = 128, AllowCurrencySymbol = 256, AllowHexSpecifier = 512,
        AllowBinarySpecifier = 1024,
        Integer = 7, HexNumber = 515, BinaryNumber = 1027, Number = 111, Float = 167, Currency = 383, Any = 511,
    }
    [Flags]
    public enum CompareOptions { None = 0, IgnoreCase = 1, IgnoreNonSpace = 2, IgnoreSymbols = 4, IgnoreKanaType = 8, IgnoreWidth = 16, OrdinalIgnoreCase = 268435456, StringSort = 536870912, Ordinal = 1073741824 }
    public enum UnicodeCategory
    {
        UppercaseLetter, LowercaseLetter, TitlecaseLetter, ModifierLetter, OtherLetter, NonSpacingMark, SpacingCombiningMark, EnclosingMark,
        DecimalDigitNumber, LetterNumber, OtherNumber, SpaceSeparator, LineSeparator, ParagraphSeparator, Control, Format, Surrogate,
        PrivateUse, ConnectorPunctuation, DashPunctuation, OpenPunctuation, ClosePunctuation, InitialQuotePunctuation,
        FinalQuotePunctuation, OtherPunctuation, MathSymbol, CurrencySymbol, ModifierSymbol, OtherSymbol, OtherNotAssigned,
    }
    public static class CharUnicodeInfo
    {
        public static UnicodeCategory GetUnicodeCategory(char ch) => char.GetUnicodeCategory(ch);
        public static UnicodeCategory GetUnicodeCategory(string s, int index) => char.GetUnicodeCategory(s[index]);
        public static UnicodeCategory GetUnicodeCategory(int codePoint) => (UnicodeCategory)char.CategoryOf(codePoint);
        public static double GetNumericValue(char ch) => char.GetNumericValue(ch);
    }
    public class CultureInfo : IFormatProvider
    {
        private readonly string _name;
        public CultureInfo(string name) { _name = name ?? throw new ArgumentNullException(nameof(name)); }
        public static CultureInfo InvariantCulture { get; } = new CultureInfo("");
        public static CultureInfo CurrentCulture { get => InvariantCulture; set { } }
        public static CultureInfo CurrentUICulture { get => InvariantCulture; set { } }
        public static CultureInfo GetCultureInfo(string name) => new CultureInfo(name);
        public string Name => _name;
        public string DisplayName => _name.Length == 0 ? "Invariant Language (Invariant Country)" : _name;
        public virtual CompareInfo CompareInfo => new CompareInfo();
        public virtual TextInfo TextInfo => new TextInfo();
        public NumberFormatInfo NumberFormat => NumberFormatInfo.InvariantInfo;
        public object GetFormat(Type formatType) => formatType == typeof(NumberFormatInfo) ? NumberFormatInfo.InvariantInfo : null;
        public override string ToString() => _name;
    }
    public class CompareInfo
    {
        public int Compare(string string1, string string2) => string.Compare(string1, string2);
        public int Compare(string string1, string string2, CompareOptions options) => (options & CompareOptions.Ordinal) != 0 ? string.CompareOrdinal(string1, string2) : (options & (CompareOptions.IgnoreCase | CompareOptions.OrdinalIgnoreCase)) != 0 ? string.Compare(string1, string2, StringComparison.InvariantCultureIgnoreCase) : string.Compare(string1, string2);
        public int IndexOf(string source, string value) => source.IndexOf(value);
    }
    public class TextInfo
    {
        public string ToUpper(string str) => str.ToUpperInvariant();
        public string ToLower(string str) => str.ToLowerInvariant();
        public char ToUpper(char c) => char.ToUpperInvariant(c);
        public char ToLower(char c) => char.ToLowerInvariant(c);
        public string ToTitleCase(string str)
        {
            var sb = new System.Text.StringBuilder(str.Length);
            bool start = true;
            foreach (char c in str)
            {
                if (char.IsLetter(c)) { sb.Append(start ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)); start = false; }
                else { sb.Append(c); start = !char.IsDigit(c) && c != '\''; }
            }
            return sb.ToString();
        }
    }
    public sealed class NumberFormatInfo : IFormatProvider
    {
        public static NumberFormatInfo InvariantInfo { get; } = new NumberFormatInfo();
        public static NumberFormatInfo CurrentInfo => InvariantInfo;
        public string NumberDecimalSeparator { get; set; } = ".";
        public string NumberGroupSeparator { get; set; } = ",";
        public string CurrencySymbol { get; set; } = "\u00A4";
        public string NegativeSign { get; set; } = "-";
        public string PositiveSign { get; set; } = "+";
        public string PercentSymbol { get; set; } = "%";
        public string NaNSymbol { get; set; } = "NaN";
        public string PositiveInfinitySymbol { get; set; } = "Infinity";
        public string NegativeInfinitySymbol { get; set; } = "-Infinity";
        public int NumberDecimalDigits { get; set; } = 2;
        public object GetFormat(Type formatType) => formatType == typeof(NumberFormatInfo) ? this : null;
    }
}
