// hexadecimal digit handling, Caesar/rot13 with chars, UTF-16 surrogates and Rune
static int HexVal(char c) => c switch
{
    >= '0' and <= '9' => c - '0',
    >= 'a' and <= 'f' => c - 'a' + 10,
    >= 'A' and <= 'F' => c - 'A' + 10,
    _ => throw new FormatException($"bad hex digit '{c}'"),
};
int v = 0;
foreach (char c in "7fFa") v = v * 16 + HexVal(c);
Console.WriteLine(v);
try { HexVal('g'); } catch (FormatException e) { Console.WriteLine(e.Message); }
static char Rot13(char c) => c switch
{
    >= 'a' and <= 'z' => (char)('a' + (c - 'a' + 13) % 26),
    >= 'A' and <= 'Z' => (char)('A' + (c - 'A' + 13) % 26),
    _ => c,
};
string msg = "Hello, World! xyz";
string enc = string.Concat(msg.Select(Rot13));
Console.WriteLine(enc);
Console.WriteLine(string.Concat(enc.Select(Rot13)));
string s = "a\U0001F600b\u00e9";
Console.WriteLine(s.Length);
for (int i = 0; i < s.Length; i++) Console.Write(((int)s[i]).ToString("X4") + " ");
Console.WriteLine();
int cps = 0;
for (int i = 0; i < s.Length; i++)
{
    if (char.IsHighSurrogate(s[i])) { Console.WriteLine("cp " + char.ConvertToUtf32(s[i], s[i + 1]).ToString("X")); i++; }
    cps++;
}
Console.WriteLine("code points " + cps);
foreach (var r in s.EnumerateRunes()) Console.Write(r.Value.ToString("X") + ":" + r.Utf16SequenceLength + " ");
Console.WriteLine();
Console.WriteLine(System.Text.Encoding.UTF8.GetByteCount(s));
Console.WriteLine(string.Join(" ", System.Text.Encoding.UTF8.GetBytes("é€").Select(b => b.ToString("x2"))));
