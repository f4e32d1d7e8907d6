// enums: [Flags] ToString combinations and unknown bits, Enum.Parse/TryParse (names, numbers,
// comma lists, ignoreCase), GetValues/GetNames order, HasFlag, IsDefined, underlying types,
// casting out-of-range values, and format strings G/D/X/F
Perm p = Perm.Read | Perm.Write;
Console.WriteLine($"{p} | {Perm.None} | {Perm.All} | {(Perm)8} | {(Perm)9} | {Perm.Read | (Perm)16}");
Console.WriteLine($"{p.HasFlag(Perm.Read)} {p.HasFlag(Perm.Execute)} {p.HasFlag(Perm.None)} {(p & Perm.Write) != 0}");
Console.WriteLine(Enum.Parse<Perm>("Read, Execute") + " " + Enum.Parse<Perm>("5") + " " + Enum.Parse<Perm>("write", true));
Console.WriteLine(Enum.TryParse<Perm>("Bogus", out var bad) + " " + bad + " " + Enum.TryParse<Color>("2", out var c2) + " " + c2);
Console.WriteLine(string.Join(",", Enum.GetValues<Color>()) + " | " + string.Join(",", Enum.GetNames<Color>()));
Console.WriteLine(string.Join(",", Enum.GetValues<Signed>().Select(v => $"{v}={(sbyte)v}")));
Console.WriteLine(Enum.IsDefined(typeof(Color), 1) + " " + Enum.IsDefined(Color.Blue) + " " + Enum.IsDefined((Color)7));
Console.WriteLine($"{(Color)7} {(Color)(-1)} {Color.Green:D} {Color.Green:X} {Perm.All:X} {p:F} {(Color)3:F} {Color.Red:G}");
Console.WriteLine(Enum.GetUnderlyingType(typeof(Big)).Name + " " + Enum.GetUnderlyingType(typeof(Signed)).Name + " " + (ulong)Big.Huge + " " + Big.Huge);
Console.WriteLine(Color.Green.CompareTo(Color.Blue) + " " + (Color.Blue > Color.Red) + " " + (int)(Color.Blue - Color.Red) + " " + (Color.Red + 2));
Console.WriteLine(Enum.GetName(typeof(Color), 2) + " " + (Enum.GetName((Color)9) ?? "null") + " " + Alias.Second + " " + Alias.Deux);
Console.WriteLine(Enum.Parse(typeof(Signed), "Low") + " " + Convert.ToInt32(Signed.Low) + " " + Color.Green.ToString("d"));
object boxed = Color.Blue;
Console.WriteLine(boxed is Color cb && cb == Color.Blue ? "boxed enum" : "no");
Console.WriteLine(boxed.Equals(Color.Blue) + " " + boxed.Equals(2) + " " + ((Enum)boxed).HasFlag(Color.Blue));
Color cc = Color.Red;
cc++;
cc |= Color.Blue;
Console.WriteLine(cc + " " + (int)cc);
var counts = new Dictionary<Color, int>();
foreach (var col in new[] { Color.Blue, Color.Red, Color.Blue }) counts[col] = counts.GetValueOrDefault(col) + 1;
foreach (var kv in counts.OrderBy(k => k.Key)) Console.Write($"{kv.Key}={kv.Value} ");
Console.WriteLine();
switch (Perm.Write) { case Perm.Read: Console.WriteLine("r"); break; case Perm.Write: Console.WriteLine("w"); break; }
[Flags] enum Perm { None = 0, Read = 1, Write = 2, Execute = 4, All = Read | Write | Execute }
enum Color { Red, Green, Blue }
enum Signed : sbyte { Low = -128, Zero = 0, High = 127 }
enum Big : ulong { Small = 1, Huge = ulong.MaxValue }
enum Alias { First = 1, Second = 2, Deux = 2 }
