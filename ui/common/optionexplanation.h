#pragma once

class QLabel;
class QString;

// The wrapped text under a radio button that says what choosing it means, indented to line up
// with the button's text rather than its circle.
QLabel *optionExplanation(const QString &text);
