#pragma once
// A higher layer: it may include the lower one.
#include "model/core/low.h"
