using System;
using System.Text;
// Known failure: StringBuilder ignores maxCapacity.
class P {
  static void Main() {
    try { Console.WriteLine(new StringBuilder(5, 10).Append("12345678901").ToString()); }
    catch (Exception e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
  }
}
