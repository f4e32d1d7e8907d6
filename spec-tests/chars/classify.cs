// char classification over ASCII and a few non-ASCII characters
string sample = "aZ09 _-\t\n.€éÄß中\u00A0\u2028!?";
foreach (char c in sample)
{
    Console.WriteLine($"U+{(int)c:X4} L={char.IsLetter(c)} D={char.IsDigit(c)} W={char.IsWhiteSpace(c)} " +
        $"U={char.IsUpper(c)} Lo={char.IsLower(c)} P={char.IsPunctuation(c)} S={char.IsSymbol(c)} " +
        $"LD={char.IsLetterOrDigit(c)} C={char.IsControl(c)} Sep={char.IsSeparator(c)}");
}
int letters = 0, digits = 0;
for (char c = (char)0; c < 128; c++)
{
    if (char.IsLetter(c)) letters++;
    if (char.IsDigit(c)) digits++;
}
Console.WriteLine($"ascii letters={letters} digits={digits}");
Console.WriteLine(char.IsAscii('a') + " " + char.IsAscii('é'));
Console.WriteLine(char.IsAsciiLetter('q') + " " + char.IsAsciiDigit('7') + " " + char.IsAsciiHexDigit('F') + " " + char.IsAsciiHexDigit('g'));
Console.WriteLine(char.IsBetween('m', 'a', 'z') + " " + char.IsBetween('M', 'a', 'z'));
Console.WriteLine(char.GetNumericValue('7') + " " + char.GetNumericValue('x'));
Console.WriteLine(char.IsHighSurrogate('\uD83D') + " " + char.IsLowSurrogate('\uDE00') + " " + char.IsSurrogatePair('\uD83D', '\uDE00'));
Console.WriteLine(char.ConvertToUtf32('\uD83D', '\uDE00').ToString("X"));
Console.WriteLine(char.ConvertFromUtf32(0x1F600).Length);
Console.WriteLine(char.IsWhiteSpace("a b", 1) + " " + char.IsDigit("a1", 1));
