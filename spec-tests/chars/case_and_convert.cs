// char case mapping (invariant), arithmetic on chars, conversions and comparisons
foreach (char c in "aAzZ0éÉßıİ")
    Console.WriteLine($"{(int)c} up={(int)char.ToUpperInvariant(c)} low={(int)char.ToLowerInvariant(c)} up2={(int)char.ToUpper(c)}");
char x = 'a';
x++;
x += (char)2;
Console.WriteLine(x);
Console.WriteLine((char)(x + 1));
Console.WriteLine(x + 1);
Console.WriteLine('z' - 'a');
Console.WriteLine((int)'A' + " " + (char)66 + " " + (ushort)'C');
Console.WriteLine('a'.CompareTo('b') + " " + 'b'.CompareTo('a') + " " + 'q'.CompareTo('q'));
Console.WriteLine('x'.Equals('x') + " " + 'x'.Equals((object)"x"));
Console.WriteLine(char.Parse("Q") + " " + char.TryParse("QQ", out char r) + " " + (int)r);
Console.WriteLine(char.MaxValue == '\uffff');
Console.WriteLine((int)char.MinValue);
Console.WriteLine('5'.ToString() + '6');
Console.WriteLine(string.Concat('a', 'b'));
Console.WriteLine(new string('*', 5) + new string(new[] { 'h', 'i' }));
char[] arr = "hello".ToCharArray();
Array.Reverse(arr);
Console.WriteLine(new string(arr));
Array.Sort(arr);
Console.WriteLine(string.Join(",", arr));
Console.WriteLine(checked((byte)'A'));
char euro = (char)0x20AC;
try { Console.WriteLine(checked((byte)euro)); } catch (OverflowException e) { Console.WriteLine(e.Message); }
object boxed = 'k';
Console.WriteLine(boxed is char ch && ch == 'k');
Console.WriteLine(Convert.ToInt32('9') + " " + Convert.ToChar(97));
Console.WriteLine(char.ToString('w') + "|" + 'w'.ToString());
