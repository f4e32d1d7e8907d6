// enum operations: bitwise ops on [Flags], iterating flags set, enum arithmetic and wrap-around
// in unchecked contexts, Enum.ToObject, conversions via Convert and casts, enums as generic
// constraints (Enum), switch exhaustiveness with discards, and byte/long-backed flags
var all = Enum.GetValues<Style>().Where(s => s != Style.None);
var s = Style.Bold | Style.Underline;
Console.WriteLine(string.Join("+", all.Where(f => s.HasFlag(f))) + " " + (int)s);
s ^= Style.Bold;
s |= Style.Strike;
Console.WriteLine(s + " " + (s & ~Style.Underline) + " " + (Style)0 + " " + (s & (Style)0xF0));
Console.WriteLine(Enum.ToObject(typeof(Style), 5) + " " + Enum.ToObject(typeof(Level), (byte)2) + " " + (Level)Convert.ToByte("1"));
Level lv = Level.High;
lv = unchecked(lv + 1);
Console.WriteLine((byte)lv + " " + lv + " " + Enum.IsDefined(lv));
Console.WriteLine(Describe(Level.Low) + " " + Describe(Level.Mid) + " " + Describe((Level)200));
Console.WriteLine(Count<Style>() + " " + Count<Level>() + " " + Count<DayOfWeek>() + " " + Names<Level>());
Wide w = Wide.Top | Wide.Bottom;
Console.WriteLine(w + " " + (ulong)w + " " + w.ToString("X") + " " + w.HasFlag(Wide.Top));
Console.WriteLine(Enum.Format(typeof(Style), Style.Italic, "D") + " " + Enum.Format(typeof(Style), 6, "G") + " " + Enum.Format(typeof(Level), Level.Mid, "X"));
var sorted = new[] { Level.High, Level.Low, Level.Mid }.OrderBy(x => x).ToArray();
Console.WriteLine(string.Join(",", sorted) + " " + Array.IndexOf(sorted, Level.Mid) + " " + sorted.Max());
Console.WriteLine(Enum.TryParse<Style>(" Bold , Italic ", out var parsed) + " " + parsed + " " + Enum.TryParse<Style>("16", out var num) + " " + num);
static string Describe(Level l) => l switch { Level.Low => "low", Level.Mid or Level.High => "mid+", _ => "unknown " + (byte)l };
static int Count<T>() where T : struct, Enum => Enum.GetValues<T>().Length;
static string Names<T>() where T : struct, Enum => string.Join("|", Enum.GetNames<T>());
[Flags] enum Style { None = 0, Bold = 1, Italic = 2, Underline = 4, Strike = 8 }
enum Level : byte { Low = 1, Mid = 2, High = 255 }
[Flags] enum Wide : ulong { Top = 1UL << 63, Bottom = 1 }
