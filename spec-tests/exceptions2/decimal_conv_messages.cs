// minimal: OverflowException messages of decimal to byte / ulong conversions
static decimal M(decimal x) => x;
try { Console.WriteLine((byte)M(-1)); }
catch (Exception e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
try { Console.WriteLine((ulong)M(-1)); }
catch (Exception e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
try { Console.WriteLine((sbyte)M(200)); }
catch (Exception e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
try { Console.WriteLine((ushort)M(-1)); }
catch (Exception e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
try { Console.WriteLine((uint)M(-1)); }
catch (Exception e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
try { Console.WriteLine((char)M(-1)); }
catch (Exception e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
