// Span<T>/ReadOnlySpan<T>: slicing, stackalloc, Fill/Clear/CopyTo/TryCopyTo, IndexOf/SequenceEqual,
// Reverse/Sort via MemoryExtensions, ReadOnlySpan<char> parsing without allocation, split loops
Span<int> s = stackalloc int[8];
for (int i = 0; i < s.Length; i++) s[i] = i * i;
Console.WriteLine(string.Join(",", s.ToArray()) + " len=" + s.Length);
var mid = s.Slice(2, 4);
mid[0] = -1;
Console.WriteLine(s[2] + " " + mid.Length + " " + string.Join(",", s[5..].ToArray()));
s[..3].Fill(7);
Console.WriteLine(string.Join(",", s.ToArray()));
Span<int> dest = stackalloc int[3];
Console.WriteLine(s.TryCopyTo(dest) + " " + s[..3].TryCopyTo(dest) + " " + string.Join(",", dest.ToArray()));
s.Reverse();
Console.WriteLine(string.Join(",", s.ToArray()) + " idx(49)=" + s.IndexOf(49) + " last7=" + s.LastIndexOf(7) + " contains=" + s.Contains(16));
s.Sort();
Console.WriteLine(string.Join(",", s.ToArray()) + " bs=" + s.BinarySearch(25));
s.Clear();
Console.WriteLine(s.IndexOfAnyExcept(0) + " " + s.ToArray().Sum());
int[] arr = { 1, 2, 3, 4, 5 };
Span<int> fromArr = arr.AsSpan(1, 3);
fromArr[1] = 30;
Console.WriteLine(string.Join(",", arr) + " " + fromArr.SequenceEqual(new[] { 2, 30, 4 }) + " " + fromArr.StartsWith(new[] { 2 }));
ReadOnlySpan<char> text = "key1=10; key2 = 20 ;key3=30";
int total = 0;
while (!text.IsEmpty)
{
    int semi = text.IndexOf(';');
    var part = semi < 0 ? text : text[..semi];
    text = semi < 0 ? ReadOnlySpan<char>.Empty : text[(semi + 1)..];
    int eq = part.IndexOf('=');
    var key = part[..eq].Trim();
    var val = int.Parse(part[(eq + 1)..].Trim());
    Console.Write($"[{key.ToString()}:{val}]");
    total += val;
}
Console.WriteLine(" total=" + total);
ReadOnlySpan<char> word = "  Hello World  ";
Console.WriteLine($"[{word.Trim().ToString()}] {word.Trim().Length} {word.TrimStart().StartsWith("Hello")} {word.Trim().EndsWith("World", StringComparison.Ordinal)} {word.IndexOf("World")} {word.Trim().Equals("hello world", StringComparison.OrdinalIgnoreCase)}");
Span<char> buf = stackalloc char[16];
Console.WriteLine(12345.TryFormat(buf, out int written) + " " + written + " " + buf[..written].ToString());
Console.WriteLine((3.25).TryFormat(buf, out written, "F3") + " " + buf[..written].ToString());
"abc".AsSpan().CopyTo(buf);
buf[..3].Reverse();
Console.WriteLine(new string(buf[..3]));
Console.WriteLine(MemoryExtensions.Count("banana".AsSpan(), 'a') + " " + "a,b,,c".AsSpan().Count(',') + " " + "xyz".AsSpan().IndexOfAny('z', 'y'));
byte[] bytes = { 1, 2, 3, 4 };
var asInts = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, int>(bytes);
Console.WriteLine(asInts[0].ToString("X8") + " " + asInts.Length);
ReadOnlySpan<byte> utf8 = "hi!"u8;
Console.WriteLine(utf8.Length + " " + utf8[2]);
