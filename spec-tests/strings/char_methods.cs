// System.Char classification and conversion (Unicode-aware, culture-invariant).
using System;
using System.Globalization;

class Program
{
    static void Main()
    {
        string sample = "aZ5 _\t\n!é\u00A0\u2028Ω٣\u0300€";
        foreach (char c in sample)
        {
            Console.WriteLine($"U+{(int)c:X4} letter={char.IsLetter(c)} digit={char.IsDigit(c)} num={char.IsNumber(c)} ws={char.IsWhiteSpace(c)} upper={char.IsUpper(c)} lower={char.IsLower(c)} punct={char.IsPunctuation(c)} sym={char.IsSymbol(c)} ctrl={char.IsControl(c)} cat={char.GetUnicodeCategory(c)}");
        }
        Console.WriteLine($"{char.ToUpper('a')} {char.ToLower('Q')} {char.ToUpperInvariant('é')} {char.ToLowerInvariant('Ω')} {char.ToUpper('1')}");
        Console.WriteLine($"{char.GetNumericValue('7')} {char.GetNumericValue('x')} {char.GetNumericValue('½')} {char.GetNumericValue('٣')}");
        Console.WriteLine($"{char.IsLetterOrDigit('_')} {char.IsSeparator(' ')} {char.IsAscii('é')} {char.IsAsciiHexDigit('f')} {char.IsAsciiLetterUpper('Q')}");
        string emoji = "\U0001F600";
        Console.WriteLine($"{char.IsSurrogate(emoji[0])} {char.IsHighSurrogate(emoji[0])} {char.IsLowSurrogate(emoji[1])} {char.IsSurrogatePair(emoji[0], emoji[1])} {char.ConvertToUtf32(emoji[0], emoji[1]):X}");
        Console.WriteLine($"{char.IsLetter(emoji, 0)} {char.GetUnicodeCategory(emoji, 0)} {CharUnicodeInfo.GetUnicodeCategory(0x1F600)}");
        Console.WriteLine($"{'a'.CompareTo('b')} {'a'.Equals('a')} {char.MaxValue == '\uffff'} {'x'.ToString()} {char.Parse("y")}");
        Console.WriteLine(char.IsDigit("ab1", 2) + " " + char.IsWhiteSpace("a b", 1));
    }
}
