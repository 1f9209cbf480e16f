/**
 * What every module may use: the academy's settings, languages, translations, the signed-in principal as the rest of
 * the academy sees it, and the exception that carries a translated refusal to the user.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.archipelago.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
